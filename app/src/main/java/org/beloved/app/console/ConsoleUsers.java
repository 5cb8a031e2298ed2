package org.beloved.app.console;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every console page's model holds the signed-in organizer as {@code user} (null on the sign-in pages). */
@ControllerAdvice(basePackageClasses = ConsoleUsers.class)
class ConsoleUsers {

    @ModelAttribute("user")
    ConsoleUser user() {
        return current();
    }

    static ConsoleUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof ConsoleUser user ? user : null;
    }
}
