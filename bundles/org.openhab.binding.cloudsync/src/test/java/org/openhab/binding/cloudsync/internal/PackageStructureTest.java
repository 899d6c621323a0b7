/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.cloudsync.internal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Specifies the bundle's structure, as a maintainer reads it in the folder list: packages follow the data path
 * (intake → selection → outbox → payload → mqtt) without cycles, openHAB's API is touched only at the edges
 * (intake, handler, console and the handler factory), Paho only behind the transport seam in {@code mqtt}, and
 * MVStore only in {@code outbox}.
 *
 * @author Cloud Sync contributors - Initial contribution
 */
@NonNullByDefault
class PackageStructureTest {

    private static final String ROOT = "org.openhab.binding.cloudsync.internal";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void packagesHaveNoCycles() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void theRootPackageHoldsOnlyConstantsEveryPackageMayUse() {
        noClasses().that().resideInAPackage(ROOT).should().dependOnClassesThat().resideInAPackage(ROOT + ".*..")
                .check(CLASSES);
    }

    @Test
    void onlyTheEdgesUseOpenHabsApi() {
        noClasses().that()
                .resideInAnyPackage(ROOT + ".change..", ROOT + ".selection..", ROOT + ".outbox..", ROOT + ".payload..",
                        ROOT + ".mqtt..", ROOT + ".endpoint..", ROOT + ".config..")
                .should().dependOnClassesThat().resideInAPackage("org.openhab.core..").check(CLASSES);
    }

    @Test
    void pahoStaysBehindTheTransportSeam() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".mqtt..").should().dependOnClassesThat()
                .resideInAPackage("org.eclipse.paho..").check(CLASSES);
    }

    @Test
    void theStoreLibraryStaysInTheOutbox() {
        noClasses().that().resideOutsideOfPackage(ROOT + ".outbox..").should().dependOnClassesThat()
                .resideInAPackage("org.h2..").check(CLASSES);
    }

    @Test
    void theDataPathDoesNotReachBackToItsEdges() {
        noClasses().that()
                .resideInAnyPackage(ROOT + ".change..", ROOT + ".selection..", ROOT + ".outbox..", ROOT + ".payload..",
                        ROOT + ".mqtt..", ROOT + ".endpoint..", ROOT + ".config..")
                .should().dependOnClassesThat()
                .resideInAnyPackage(ROOT + ".intake..", ROOT + ".handler..", ROOT + ".console..").check(CLASSES);
    }
}
