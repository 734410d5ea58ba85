package city.gridline.intake.hotline12345.application;

public class UnclassifiedTicketNotFoundException extends RuntimeException {

    public UnclassifiedTicketNotFoundException(String ticketNumber) {
        super("No 12345 ticket " + ticketNumber + " waits for classification.");
    }
}
