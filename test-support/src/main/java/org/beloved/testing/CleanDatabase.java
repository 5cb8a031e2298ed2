package org.beloved.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Each test of the annotated class starts with every non-reference table empty. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(CleanDatabase.Extension.class)
public @interface CleanDatabase {

    class Extension implements BeforeEachCallback {
        @Override
        public void beforeEach(ExtensionContext context) {
            TestDatabase.reset();
        }
    }
}
