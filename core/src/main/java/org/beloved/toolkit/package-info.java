/**
 * The organizing toolkit: {@link org.beloved.toolkit.Toolkit} serves its {@link org.beloved.toolkit.Section sections}
 * in English and Spanish from Markdown files (shipped, or a folder named by {@link org.beloved.toolkit.ToolkitSettings}),
 * and {@link org.beloved.toolkit.StateTable} the state table ({@link org.beloved.toolkit.StateLaw} per state and DC:
 * {@link org.beloved.toolkit.Stance}, {@link org.beloved.toolkit.Agreement287g}, laws, {@link org.beloved.toolkit.StateSource sources}).
 * TOOLKIT / GUIA, section numbers and STATE / ESTADO plug into the conversation engine, and the ZIP answer's line on
 * the state's law into the directory ({@link org.beloved.directory.ZipAnswerNote}); parsing is internal.
 */
@ApplicationModule(displayName = "Toolkit", allowedDependencies = {"shared", "conversation", "directory"})
package org.beloved.toolkit;

import org.springframework.modulith.ApplicationModule;
