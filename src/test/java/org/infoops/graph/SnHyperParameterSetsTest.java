package org.infoops.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnHyperParameterSetsTest {
    private final SnHyperParameterSets sets = SnHyperParameterSets.standard();

    @Test
    void holdsTheFourteenCrawledNetworksInTableOrder() {
        assertEquals(List.of("Vegan", "NEOS", "FPOE", "BVB", "Schalke", "Covid", "Globaldev II", "datamining",
                "Calfire", "climateaction", "Bioinformatics", "Citizenscience", "Digitalhumanities", "smarthome"),
                sets.names());
    }

    @Test
    void covidHasTheSpecValues() { // spec §3.3
        SnHyperParameters covid = sets.byName("Covid");
        assertEquals(50_133, covid.crawledNodes());
        assertEquals(new SnHyperParameters.ChiSquare(0.4, 0.49, 90), covid.mutual());
        assertEquals(new SnHyperParameters.ChiSquare(0.7, 0.49, 90), covid.in());
        assertEquals(new SnHyperParameters.ChiSquare(0.3, 0.49, 210), covid.out());
        assertEquals(0.616, covid.rhoMutualIn());
        assertEquals(0.753, covid.rhoMutualOut());
        assertEquals(0.397, covid.rhoInOut());
        assertSame(covid, sets.defaultSet());
    }

    @Test
    void spotChecksOtherRows() { // first, last, and the rows with a space / a negative rho
        SnHyperParameters vegan = sets.byName("Vegan");
        assertEquals(new SnHyperParameters.ChiSquare(0.36, 0.49, 50), vegan.mutual());
        assertEquals(new SnHyperParameters.ChiSquare(0.22, 0.49, 75), vegan.out());
        SnHyperParameters globaldev = sets.byName("Globaldev II");
        assertEquals(459, globaldev.crawledNodes());
        assertEquals(new SnHyperParameters.ChiSquare(1.4, 0.49, 4), globaldev.in());
        assertEquals(-0.001, sets.byName("datamining").rhoInOut());
        SnHyperParameters smarthome = sets.byName("smarthome");
        assertEquals(2_932, smarthome.crawledNodes());
        assertEquals(0.148, smarthome.rhoInOut());
        for (SnHyperParameters p : sets.all()) assertEquals(0.49, p.mutual().loc());
    }

    @Test
    void lookupIgnoresLetterCase() {
        assertSame(sets.byName("Covid"), sets.byName("COVID"));
        assertSame(sets.byName("Globaldev II"), sets.byName("globaldev ii"));
    }

    @Test
    void unknownNameListsTheAllowedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> sets.byName("Covid19"));
        assertTrue(e.getMessage().contains("'Covid19'"), e.getMessage());
        assertTrue(e.getMessage().contains("Vegan") && e.getMessage().contains("smarthome"), e.getMessage());
    }

    @Test
    void everySetGivesAPositiveDefiniteCopula() {
        for (SnHyperParameters p : sets.all()) new GaussianCopula(p); // throws if Cholesky fails
    }
}
