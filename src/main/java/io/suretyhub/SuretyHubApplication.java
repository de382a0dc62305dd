package io.suretyhub;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * SuretyHub (保证保险服务与监管平台): guarantee insurance in place of cash deposits,
 * with the labour authorities watching every deadline.
 */
@SpringBootApplication
@Modulithic(sharedModules = "shared")
public class SuretyHubApplication {

	public static void main(String[] args) {
		SpringApplication.run(SuretyHubApplication.class, args);
	}

}
