package city.gridline.grid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class GridApplication {

    public static void main(String[] args) {
        SpringApplication.run(GridApplication.class, args);
    }
}
