package city.gridline.notification.web;

import city.gridline.servicekit.GridlineProblemHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The framework's refusals (malformed body, wrong media type or parameter, unacceptable {@code Accept}) as problems
 * with the kit's stable types; each controller answers its own refusals.
 */
@RestControllerAdvice
public class NotificationProblemHandler extends GridlineProblemHandler {

    public NotificationProblemHandler() {
        super("Invalid request");
    }
}
