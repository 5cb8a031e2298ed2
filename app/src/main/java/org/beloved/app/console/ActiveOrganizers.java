package org.beloved.app.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.beloved.organizers.Organizer;
import org.beloved.organizers.OrganizerRoster;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in organizer who has since been removed (or erased) loses the console at their next
 * request: the session ends and they are sent to the sign-in page. One read of the organizer table
 * per console request. Not a bean: only the console's security chain holds it, so no other URL passes it.
 */
final class ActiveOrganizers extends OncePerRequestFilter {

    private final OrganizerRoster roster;

    ActiveOrganizers(OrganizerRoster roster) {
        this.roster = roster;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof ConsoleUser user
                && roster.find(user.organizerId()).filter(Organizer::active).isEmpty()) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            response.sendRedirect("/organize");
            return;
        }
        chain.doFilter(request, response);
    }
}
