package org.jumelage.training.ui;

import org.jumelage.shared.validation.RefusalException;
import org.jumelage.training.TrainingException;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Refusals and confirmations shown as notifications, in the user's language. */
final class Notices {

    private Notices() {
    }

    static String text(RefusalException e) {
        Object[] args = e instanceof TrainingException t ? t.arguments() : new Object[0];
        return UI.getCurrent().getTranslation(e.messageKey(), args);
    }

    static void error(RefusalException e) {
        Notification.show(text(e), 6000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    static void successText(String text) {
        Notification.show(text, 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void success(String key) {
        Notification.show(UI.getCurrent().getTranslation(key), 4000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
