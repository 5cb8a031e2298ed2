package org.beloved.conversation;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What short messages mean when they are not commands: greetings, thanks, "never mind", "I am not
 * sure", Spanish words that tell the language, and the other names people give to commands. All
 * compared in keyword form ({@link Keywords#normalize}).
 */
final class Intents {

    private static final Set<String> GREETING_WORDS = Set.of("HI", "HELLO", "HEY", "HOLA", "HIYA", "HOWDY", "YO",
            "GREETINGS", "SALUDOS", "BUENAS", "BUENOS", "BUEN", "DIAS", "TARDES", "NOCHES", "DIA", "GOOD", "MORNING",
            "AFTERNOON", "EVENING", "THERE", "QUE", "TAL", "ALO", "OLA", "HELO", "HALLO", "BELOVED", "AMIGO", "AMIGA",
            "FRIEND", "FRIENDS", "PASTOR", "SIR", "MAAM", "SENOR", "SENORA", "HELLOO", "HII", "HEYY", "HEYA");

    private static final Set<String> GREETING_STARTS = Set.of("HI", "HELLO", "HEY", "HOLA", "HIYA", "HOWDY", "YO",
            "GREETINGS", "SALUDOS", "BUENAS", "BUENOS", "BUEN", "GOOD", "QUE", "ALO", "OLA", "HELO", "HALLO", "HELLOO",
            "HII", "HEYY", "HEYA");

    private static final Set<String> THANKS = Set.of("THANKS", "THANK YOU", "THANK YOU SO MUCH", "THANKS SO MUCH",
            "THX", "TY", "GRACIAS", "MUCHAS GRACIAS", "MIL GRACIAS", "GRACIAS AMIGO", "OK THANKS", "OK GRACIAS",
            "GREAT THANKS", "THANKS A LOT", "THANK U", "MUCHISIMAS GRACIAS");

    /** Leaving whatever form is running: nothing of it is kept. */
    private static final Set<String> LEAVE = Set.of("NEVER MIND", "NEVERMIND", "NVM", "FORGET IT", "FORGET ABOUT IT",
            "OLVIDALO", "OLVIDA", "OLVIDELO", "NO IMPORTA", "DEJALO", "DEJA", "CANCEL THIS", "CANCEL IT",
            "CANCEL THAT", "CANCEL PLEASE", "CANCEL FORM", "CANCEL THE FORM", "STOP THIS", "STOP IT", "STOP THE FORM",
            "QUIT THIS", "EXIT", "SALIR", "CANCELAR ESTO", "CANCELALO", "CANCELA",
            "I CHANGED MY MIND", "CAMBIE DE OPINION", "ABANDON", "LEAVE", "NEVER MIND THEN", "OK NEVER MIND", "OK NEVERMIND");

    /** Hesitation: the question stays open; nothing is stored. */
    private static final Set<String> UNSURE = Set.of("NO SE", "NOSE", "NO LO SE", "NO ESTOY SEGURO",
            "NO ESTOY SEGURA", "NOT SURE", "IM NOT SURE", "I AM NOT SURE", "IDK", "I DONT KNOW", "I DO NOT KNOW",
            "DONT KNOW", "DUNNO", "HMM", "HM", "UMM", "UM", "UH", "WAIT", "ESPERA", "ESPERE", "UN MOMENTO",
            "ONE MOMENT", "ONE SEC", "HOLD ON", "WHAT", "QUE", "HUH", "EH", "PERDON", "SORRY", "WHAT DO YOU MEAN",
            "QUE QUIERES DECIR", "NO ENTIENDO", "I DONT UNDERSTAND", "QUE ES ESO", "WHATS THAT", "WHY", "POR QUE",
            "NO SE QUE PONER", "NOT SURE WHAT TO PUT");

    private static final Set<String> BACK = Set.of("BACK", "GO BACK", "ATRAS", "VOLVER", "REGRESAR", "PREVIOUS",
            "ANTERIOR", "VOLVER ATRAS", "PREGUNTA ANTERIOR", "PREVIOUS QUESTION", "UNDO");

    private static final Set<String> SKIP = Set.of("SKIP", "OMITIR", "SALTAR", "NONE", "NINGUNO", "NINGUNA",
            "SKIP IT", "SKIP THIS", "PASS", "PASAR", "NO EMAIL", "SIN CORREO", "NO TENGO", "I DONT HAVE ONE",
            "N A", "NA");

    /** Spanish words that are not also common English words: one is enough to answer a newcomer in Spanish. */
    private static final Set<String> SPANISH = Set.of("HOLA", "BUENOS", "BUENAS", "GRACIAS", "AYUDA", "AYUDAME",
            "QUIERO", "NECESITO", "CODIGO", "SECCION", "IGLESIA", "IGLESIAS", "CONGREGACION", "CONGREGACIONES",
            "SOCIOS", "ALIADOS", "RECORDAR", "RECORDATORIOS", "RECORDATORIO", "SEMINARIOS", "SEMINARIO", "GUIA",
            "UNIRSE", "UNIRME", "REGISTRAR", "INSCRIBIRME", "DERECHOS", "ALGUACIL", "CARCEL", "RETENCION",
            "INFORMACION", "ESPANOL", "CASTELLANO", "DONDE", "CUANDO", "COMO", "ESTA", "ESTOY", "TENGO", "PUEDO",
            "SALUDOS", "SENOR", "SENORA", "POR", "FAVOR", "DIAS", "TARDES", "NOCHES", "BORRAR", "DATOS", "MIS",
            "QUE", "ES", "MI", "EL", "LOS", "LAS", "DEL", "UNA", "UNO", "PARA", "CON", "SOY", "ESTE", "CERCA",
            "AQUI", "MAS", "OLVIDALO", "HERRAMIENTAS", "EVENTOS", "TALLERES", "COMUNIDAD", "INMIGRACION", "ESTADO",
            "ESTATAL", "ESTATALES", "CONDADO");

    /** Words around a command that do not change it: "please", "I want", "por favor". */
    private static final List<String> LEADING_FILLERS = List.of("CAN YOU SEND ME", "CAN I GET", "CAN I SEE", "CAN I",
            "I WANT TO SEE", "I WANT TO", "I WANT", "I WOULD LIKE", "ID LIKE", "I NEED", "PLEASE", "PLS", "PLZ",
            "SEND ME", "SHOW ME", "GIVE ME", "SEND", "SHOW", "GIVE", "GET", "POR FAVOR", "QUIERO VER", "QUIERO", "NECESITO", "MANDAME", "ENVIAME",
            "MUESTRAME", "DAME", "OK", "OKAY", "HI", "HELLO", "HOLA", "HEY", "YES", "SI", "THE", "EL", "LA", "LOS",
            "LAS", "MY", "MI", "MIS");
    private static final List<String> TRAILING_FILLERS = List.of("PLEASE", "PLS", "PLZ", "POR FAVOR", "THANKS",
            "THANK YOU", "GRACIAS", "NOW", "AHORA", "AGAIN", "OTRA VEZ");

    /** Other names for existing keywords, phrase to the keyword it means. */
    static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("EN ESPANOL", "ESPANOL"), Map.entry("IN SPANISH", "ESPANOL"),
            Map.entry("HABLA ESPANOL", "ESPANOL"), Map.entry("HABLAS ESPANOL", "ESPANOL"),
            Map.entry("SPANISH PLEASE", "ESPANOL"), Map.entry("ESPANOL POR FAVOR", "ESPANOL"),
            Map.entry("EN INGLES", "ENGLISH"), Map.entry("IN ENGLISH", "ENGLISH"),
            Map.entry("AYUDAME", "HELP"), Map.entry("HELP ME", "HELP"), Map.entry("COMMANDS", "HELP"),
            Map.entry("COMANDOS", "HELP"), Map.entry("OPTIONS", "HELP"), Map.entry("OPCIONES", "HELP"),
            Map.entry("INFORMACION", "HELP"), Map.entry("WHAT CAN YOU DO", "HELP"),
            Map.entry("QUE PUEDES HACER", "HELP"), Map.entry("QUE HACES", "HELP"), Map.entry("HOW DOES THIS WORK", "HELP"),
            Map.entry("START OVER", "MENU"), Map.entry("EMPEZAR DE NUEVO", "MENU"), Map.entry("RESTART", "MENU"),
            Map.entry("REINICIAR", "MENU"), Map.entry("MAIN MENU", "MENU"), Map.entry("MENU PRINCIPAL", "MENU"),
            Map.entry("HOME", "MENU"), Map.entry("VOLVER AL MENU", "MENU"),
            Map.entry("SIGN UP", "JOIN"), Map.entry("SIGNUP", "JOIN"), Map.entry("INSCRIBIR", "JOIN"),
            Map.entry("INSCRIBIRME", "JOIN"), Map.entry("REGISTRARME", "JOIN"), Map.entry("ADD MY CHURCH", "JOIN"),
            Map.entry("ADD MY CONGREGATION", "JOIN"), Map.entry("REGISTER MY CHURCH", "JOIN"),
            Map.entry("REGISTER MY CONGREGATION", "JOIN"), Map.entry("AGREGAR MI IGLESIA", "JOIN"),
            Map.entry("AGREGAR MI CONGREGACION", "JOIN"), Map.entry("REGISTRAR MI IGLESIA", "JOIN"),
            Map.entry("REGISTRAR MI CONGREGACION", "JOIN"),
            Map.entry("SECTION", "TOOLKIT"), Map.entry("SECCION", "TOOLKIT"), Map.entry("SECTIONS", "TOOLKIT"),
            Map.entry("SECCIONES", "TOOLKIT"), Map.entry("HERRAMIENTAS", "TOOLKIT"),
            Map.entry("CAJA DE HERRAMIENTAS", "TOOLKIT"), Map.entry("TOOL KIT", "TOOLKIT"), Map.entry("MANUAL", "TOOLKIT"),
            Map.entry("GUIDES", "TOOLKIT"), Map.entry("GUIAS", "TOOLKIT"), Map.entry("CHAPTER", "TOOLKIT"),
            Map.entry("CAPITULO", "TOOLKIT"), Map.entry("PART", "TOOLKIT"), Map.entry("PARTE", "TOOLKIT"),
            Map.entry("ALIADOS", "PARTNERS"), Map.entry("ALIADO", "PARTNERS"), Map.entry("CHURCHES", "PARTNERS"),
            Map.entry("IGLESIAS", "PARTNERS"), Map.entry("CONGREGATIONS", "PARTNERS"),
            Map.entry("CONGREGACIONES", "PARTNERS"), Map.entry("CHURCHES NEAR", "PARTNERS"),
            Map.entry("IGLESIAS CERCA DE", "PARTNERS"),
            Map.entry("RECORDATORIOS", "REMIND"), Map.entry("RECORDATORIO", "REMIND"), Map.entry("REMINDERS", "REMIND"),
            Map.entry("REMINDER", "REMIND"), Map.entry("RECUERDAME", "REMIND"), Map.entry("AVISAME", "REMIND"),
            Map.entry("NOTIFY ME", "REMIND"), Map.entry("REMINDERS ON", "REMIND"), Map.entry("RECORDATORIOS SI", "REMIND"),
            Map.entry("NO REMINDERS", "REMIND OFF"), Map.entry("SIN RECORDATORIOS", "REMIND OFF"),
            Map.entry("RECORDATORIOS NO", "REMIND OFF"), Map.entry("RECORDATORIOS OFF", "REMIND OFF"),
            Map.entry("NO MAS RECORDATORIOS", "REMIND OFF"), Map.entry("REMINDERS NO", "REMIND OFF"),
            Map.entry("EVENTS", "WEBINARS"), Map.entry("EVENTOS", "WEBINARS"), Map.entry("TALLERES", "WEBINARS"),
            Map.entry("CHARLAS", "WEBINARS"), Map.entry("TRAININGS", "WEBINARS"), Map.entry("CAPACITACIONES", "WEBINARS"),
            Map.entry("NEXT WEBINAR", "WEBINARS"), Map.entry("PROXIMO SEMINARIO", "WEBINARS"),
            Map.entry("MI IGLESIA", "MY LISTING"), Map.entry("MY CHURCH", "MY LISTING"),
            Map.entry("MI CONGREGACION", "MY LISTING"), Map.entry("MY CONGREGATION", "MY LISTING"),
            Map.entry("MI LISTADO", "MY LISTING"),
            Map.entry("BORRAR REGISTRO", "REMOVE LISTING"), Map.entry("QUITAR MI REGISTRO", "REMOVE LISTING"),
            Map.entry("HIDE MY LISTING", "REMOVE LISTING"), Map.entry("OCULTAR REGISTRO", "REMOVE LISTING"),
            Map.entry("MY STATE", "STATE"), Map.entry("STATE LAW", "STATE"), Map.entry("STATE LAWS", "STATE"),
            Map.entry("MY STATES LAW", "STATE"), Map.entry("LAWS IN MY STATE", "STATE"),
            Map.entry("MI ESTADO", "ESTADO"), Map.entry("LEY ESTATAL", "ESTADO"), Map.entry("LEYES ESTATALES", "ESTADO"),
            Map.entry("LEY DE MI ESTADO", "ESTADO"), Map.entry("LEYES DE MI ESTADO", "ESTADO"),
            Map.entry("LEYES DEL ESTADO", "ESTADO"),
            Map.entry("DELETE MY INFO", "DELETE MY DATA"), Map.entry("ERASE MY DATA", "DELETE MY DATA"),
            Map.entry("DELETE MY INFORMATION", "DELETE MY DATA"), Map.entry("ELIMINAR MIS DATOS", "DELETE MY DATA"),
            Map.entry("BORRAR MI INFORMACION", "DELETE MY DATA"), Map.entry("FORGET ME", "DELETE MY DATA"));

    private Intents() {
    }

    /** "hi", "Hello there!", "Hola, buenas tardes": nothing but greeting words, starting with one. */
    static boolean isGreeting(String text) {
        List<String> words = List.of(Keywords.normalize(text).split(" "));
        return !words.get(0).isEmpty() && words.size() <= 5 && GREETING_STARTS.contains(words.get(0))
                && GREETING_WORDS.containsAll(words) && !words.equals(List.of("QUE"));
    }

    static boolean isThanks(String text) {
        return THANKS.contains(Keywords.normalize(text));
    }

    static boolean isLeave(String text) {
        return LEAVE.contains(Keywords.normalize(text));
    }

    static boolean isUnsure(String text) {
        return UNSURE.contains(Keywords.normalize(text));
    }

    static boolean isBack(String text) {
        return BACK.contains(Keywords.normalize(text));
    }

    static boolean isSkip(String text) {
        return SKIP.contains(Keywords.normalize(text));
    }

    /** "The …", "My …", "La …": how names begin, so such text is not taken for a politely worded command. */
    static boolean startsWithArticle(String text) {
        String first = Keywords.normalize(text).split(" ")[0];
        return Set.of("THE", "MY", "OUR", "EL", "LA", "LOS", "LAS", "MI", "MIS", "NUESTRA", "NUESTRO").contains(first);
    }

    /** Whether a newcomer's message is Spanish: one telling word is enough. */
    static boolean looksSpanish(String text) {
        return Keywords.words(text).stream().anyMatch(w -> SPANISH.contains(w.key()));
    }

    /** The text without polite words around it ("please send the toolkit" is TOOLKIT); null when nothing changes. */
    static String withoutFillers(String text) {
        String key = " " + Keywords.normalize(text) + " ";
        String stripped = key;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (String filler : LEADING_FILLERS) {
                if (stripped.startsWith(" " + filler + " ") && stripped.length() > filler.length() + 2) {
                    stripped = stripped.substring(filler.length() + 1);
                    changed = true;
                }
            }
            for (String filler : TRAILING_FILLERS) {
                if (stripped.endsWith(" " + filler + " ") && stripped.length() > filler.length() + 2) {
                    stripped = stripped.substring(0, stripped.length() - filler.length() - 1);
                    changed = true;
                }
            }
        }
        String result = stripped.strip();
        return result.isEmpty() || stripped.equals(key) ? null : result;
    }
}
