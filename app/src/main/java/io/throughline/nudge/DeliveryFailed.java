package io.throughline.nudge;

/** A channel could not deliver a notice; the message says why, for /admin. */
class DeliveryFailed extends Exception {

    DeliveryFailed(String message) {
        super(message);
    }

    /** The innermost cause's message: what the server said, not the layers it came through. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
