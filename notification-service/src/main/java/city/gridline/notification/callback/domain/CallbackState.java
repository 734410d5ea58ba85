package city.gridline.notification.callback.domain;

/** A call-back task waits for the hotline (OPEN) until its result is recorded (DONE). */
public enum CallbackState {
    OPEN,
    DONE
}
