package org.maillage;

import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Maillage: the platform where the local development actors of a territory get to know
 * each other and cooperate. Each direct sub-package is a Spring Modulith application
 * module.
 */
@SpringBootApplication
@Modulithic(systemName = "Maillage", sharedModules = "common")
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
public class MaillageApplication {

	public static void main(String[] args) {
		SpringApplication.run(MaillageApplication.class, args);
	}

}
