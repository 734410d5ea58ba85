package city.gridline.intake.open311.application;

/** Every {@code service_request_id} tried in a row had been filed already, through the general report endpoint. */
public class ServiceRequestIdsTakenException extends RuntimeException {

    public ServiceRequestIdsTakenException(int tried) {
        super("the next " + tried + " service_request_ids had all been filed already; try again");
    }
}
