package org.fascia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class FasciaApplication {

	public static void main(String[] args) {
		SpringApplication.run(FasciaApplication.class, args);
	}

}
