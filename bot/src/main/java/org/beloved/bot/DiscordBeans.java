package org.beloved.bot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;
import org.springframework.asm.Type;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.util.StringUtils;

/**
 * Leaves the Discord adapter's JDA-facing beans out of the component scan when Discord is off (no
 * {@code beloved.discord.token}): every class of this module whose class file names a JDA type (the
 * slash commands, buttons, listeners, workers, {@link DiscordChannel}, {@link DiscordGateway}, the JDA
 * set-up), and every class with a constructor or method (a {@code @Bean} method) taking one of those (a
 * bean that can do without one takes an {@code ObjectProvider}). Decided on the class files as the scan
 * reads them, so those classes are never loaded, nor the JDA classes their signatures name (315 at
 * start-up before), and a new command needs nothing here. What stays: the settings,
 * {@code /actuator/health}'s {@code discord} (OFF) and its gauge, the start-up line saying how to turn
 * Discord on, the queues of announcements and alert posts (so an instance without Discord still queues
 * them for the one that has it) and the Discord data DELETE MY DATA erases. With Discord off the outbox
 * and the console's sign-in codes find no DISCORD channel: they take it as not ready here.
 *
 * <p>Spring Boot's {@code @SpringBootApplication} scan consults every {@link TypeExcludeFilter} bean;
 * {@link Initializer} registers this one before the scan. The application lists it in its
 * {@code META-INF/spring.factories}; the bot module's test application does not, so the bot's tests
 * drive the same beans with mocked JDA events and no token.
 */
public final class DiscordBeans extends TypeExcludeFilter {

    static final String TOKEN = "beloved.discord.token";
    private static final String MODULE = DiscordBeans.class.getPackageName() + ".";
    private static final byte[] JDA = "net/dv8tion/".getBytes(StandardCharsets.US_ASCII);

    private final Environment environment;
    private final Map<String, Boolean> leftOut = new ConcurrentHashMap<>();

    DiscordBeans(Environment environment) {
        this.environment = environment;
    }

    /** Read at each scan, not at construction: a test's dynamic properties arrive after the initializers. */
    private boolean off() {
        return !StringUtils.hasText(environment.getProperty(TOKEN));
    }

    @Override
    public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
        String className = reader.getClassMetadata().getClassName();
        return className.startsWith(MODULE) && off() && leftOut(className, factory);
    }

    private boolean leftOut(String className, MetadataReaderFactory factory) {
        Boolean known = leftOut.get(className);
        if (known != null) {
            return known;
        }
        leftOut.put(className, false);   // in a cycle, the other classes decide
        ClassFile file;
        try {
            file = ClassFile.read(factory.getMetadataReader(className).getResource());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the class file of " + className, e);
        }
        boolean out = file.namesJda() || file.parameterTypes().stream()
                .anyMatch(type -> type.startsWith(MODULE) && !type.equals(className) && leftOut(type, factory));
        leftOut.put(className, out);
        return out;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass();
    }

    @Override
    public int hashCode() {
        return getClass().hashCode();
    }

    /** Registers {@link DiscordBeans} before the component scan (the application's {@code META-INF/spring.factories}). */
    public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getBeanFactory().registerSingleton(DiscordBeans.class.getName(), new DiscordBeans(context.getEnvironment()));
        }
    }

    /** What decides a class's fate, from its class file: whether it names JDA, and its methods' parameter types. */
    record ClassFile(boolean namesJda, List<String> parameterTypes) {

        static ClassFile read(Resource resource) throws IOException {
            try (InputStream in = resource.getInputStream()) {
                byte[] bytes = in.readAllBytes();
                List<String> parameterTypes = new ArrayList<>();
                new ClassReader(bytes).accept(new ClassVisitor(Opcodes.ASM9) {
                    @Override
                    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                            String[] exceptions) {
                        for (Type type : Type.getArgumentTypes(descriptor)) {
                            parameterTypes.add(type.getClassName());
                        }
                        return null;
                    }
                }, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
                return new ClassFile(contains(bytes, JDA), parameterTypes);
            }
        }
    }

    /** Whether {@code part} occurs in {@code bytes} (a JDA package name in a class file's constant pool). */
    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
