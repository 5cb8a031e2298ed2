package org.beloved.messaging;

import java.util.Arrays;

/** An enum the database stores by a code of its own rather than by its constant's name. */
interface StoredCode {

    String code();

    static <E extends Enum<E> & StoredCode> E fromCode(Class<E> type, String code) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown " + type.getSimpleName() + " code " + code));
    }
}
