/**
 * The partner directory: congregations register ({@link org.beloved.directory.Directory#register}), wait
 * for an organizer, and volunteers find the nearest listed ones by ZIP code
 * ({@link org.beloved.directory.Directory#nearest}); {@link org.beloved.directory.ZipCodes} knows every
 * US ZIP code's place, time zone and county ({@link org.beloved.directory.ZipCounty}, by FIPS code). A listing belongs to whoever registered it: anyone else's
 * registration for it becomes a {@link org.beloved.directory.Claim} that organizers resolve. Only
 * {@link org.beloved.directory.PublicListing public fields} ever leave the module for other users, each
 * contact field only with its own consent ({@link org.beloved.directory.PublicContact}). Text commands (JOIN, a ZIP code, MY LISTING, REMOVE LISTING) plug
 * into the conversation engine; the SQL, the registration flow and the texts are internal.
 * The application may limit registrations by text through the {@link org.beloved.directory.SignUpGate} port; other
 * features may add a line to ZIP answers ({@link org.beloved.directory.ZipAnswerNote}) and know the ZIP a sender
 * searched last ({@link org.beloved.directory.SearchedZips}).
 */
@ApplicationModule(displayName = "Partner directory", allowedDependencies = {"shared", "conversation", "messaging"})
package org.beloved.directory;

import org.springframework.modulith.ApplicationModule;
