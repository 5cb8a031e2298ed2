/**
 * The organizing toolkit: {@link org.beloved.toolkit.Toolkit} serves its {@link org.beloved.toolkit.Section sections}
 * in English and Spanish from Markdown files (shipped, or a folder named by {@link org.beloved.toolkit.ToolkitSettings}).
 * TOOLKIT / GUIA and section numbers plug into the conversation engine; parsing is internal.
 */
@ApplicationModule(displayName = "Toolkit", allowedDependencies = {"shared", "conversation"})
package org.beloved.toolkit;

import org.springframework.modulith.ApplicationModule;
