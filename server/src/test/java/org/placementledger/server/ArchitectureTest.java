package org.placementledger.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The module boundaries, checked on the production classes of all four modules: the message
 * contract stands alone, the read side never reaches into the write side, and the HTTP layer speaks
 * to both only through Axon's gateways and api messages. (A rule whose subject matches no class
 * fails, so a rule cannot pass by importing nothing.)
 */
@AnalyzeClasses(packages = "org.placementledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String API = "org.placementledger.api..";
    private static final String COMMAND = "org.placementledger.command..";
    private static final String QUERY = "org.placementledger.query..";
    private static final String SERVER = "org.placementledger.server..";

    @ArchTest
    static final ArchRule apiDependsOnNothingOfOurs = noClasses().that().resideInAPackage(API)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY, SERVER)
            .because("the message contract is shared by every side and must not pull any of them in");

    @ArchTest
    static final ArchRule queryNeverDependsOnCommand = noClasses().that().resideInAPackage(QUERY)
            .should().dependOnClassesThat().resideInAPackage(COMMAND)
            .because("read models are built from events alone");

    @ArchTest
    static final ArchRule commandNeverDependsOnQueryOrServer = noClasses().that().resideInAPackage(COMMAND)
            .should().dependOnClassesThat().resideInAnyPackage(QUERY, SERVER)
            .because("the write side decides from its own state and lookup tables, not from read models");

    @ArchTest
    static final ArchRule serverUsesNeitherAggregatesNorProjections = noClasses().that().resideInAPackage(SERVER)
            .should().dependOnClassesThat().resideInAnyPackage(COMMAND, QUERY)
            .because("handlers send api commands and queries through Axon's gateways;"
                    + " the other modules' beans are wired by component scan only");
}
