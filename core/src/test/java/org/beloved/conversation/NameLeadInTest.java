package org.beloved.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A name typed as a polite sentence keeps only the name; names that merely start with "The" stay whole. */
class NameLeadInTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My name is Ana                        | Ana
            my name's Ana Ruiz.                   | Ana Ruiz
            My name’s Ana                         | Ana
            The pastor is Ana                     | Ana
            The pastor's name is Rev. Ana Ruiz    | Rev. Ana Ruiz
            The contact person is Bo Lee          | Bo Lee
            Our church is Grace Chapel            | Grace Chapel
            Our congregation's name is Beth Shalom | Beth Shalom
            The church name is St. Mark's         | St. Mark's
            I'm Ana                               | Ana
            This is Grace Church!                 | Grace Church
            Me llamo Ana                          | Ana
            Mi nombre es Ana Pérez                | Ana Pérez
            La pastora es Ana                     | Ana
            Nuestra iglesia se llama Iglesia de la Paz | Iglesia de la Paz
            Soy Ana                               | Ana
            The Church of the Redeemer            | The Church of the Redeemer
            The Light Is Here Church              | The Light Is Here Church
            My Father's House                     | My Father's House
            Grace Chapel                          | Grace Chapel
            La Iglesia de Dios                    | La Iglesia de Dios
            """)
    void theLeadInGoes(String typed, String name) {
        assertThat(Answers.withoutLeadIn(typed)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            My name is never mind
            The pastor is not sure
            I am not sure
            Mi nombre es no sé
            """)
    void aHesitationAfterALeadInIsStillNoData(String typed) {
        assertThat(Answers.isNotData(Answers.withoutLeadIn(typed))).as(typed).isTrue();
    }
}
