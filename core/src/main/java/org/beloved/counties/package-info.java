/**
 * Counties and where each stands: {@link org.beloved.counties.Counties} knows every county of the ZIP
 * table (by 5-digit FIPS code), each as a {@link org.beloved.counties.County}: its detainer policy,
 * 287(g) agreement, campaign status and next public meeting as organizers recorded them
 * ({@link org.beloved.counties.Counties#edit}, audited), or the state table's defaults where nothing is
 * recorded yet, and the listed congregations there. {@link org.beloved.counties.CountyCards} writes the
 * card (COUNTY / CONDADO) and the line a ZIP answer carries. Only this module touches the {@code county} table.
 */
@ApplicationModule(displayName = "Counties",
        allowedDependencies = {"shared", "conversation", "directory", "toolkit", "organizers"})
package org.beloved.counties;

import org.springframework.modulith.ApplicationModule;
