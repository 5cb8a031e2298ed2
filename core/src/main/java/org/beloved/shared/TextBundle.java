package org.beloved.shared;

/**
 * A feature's bot sentences: a resource bundle {@code basename_en.properties} and
 * {@code basename_es.properties} (UTF-8), registered as a Spring bean. Every key exists in both.
 */
public interface TextBundle {

    /** For example {@code i18n/conversation}. */
    String basename();
}
