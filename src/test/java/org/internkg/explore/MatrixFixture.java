package org.internkg.explore;

/**
 * The names in {@code fixtures/matrix-fixture.trig} (profile {@code matrix-fixture}): a family of two models, a third
 * model without a family, LMDeploy's qualified yes and no, XTuner's statement about the whole family.
 */
final class MatrixFixture {

    static final String ID = "https://w3id.org/internkg/id/";
    static final String FAMILY = ID + "family/fixture-matrix-family";
    static final String MODEL_A = ID + "model/fixture-matrix-a";
    static final String MODEL_B = ID + "model/fixture-matrix-b";
    static final String MODEL_C = ID + "model/fixture-matrix-c";
    static final String LMDEPLOY = ID + "tool/lmdeploy";
    static final String XTUNER = ID + "tool/xtuner";

    private MatrixFixture() {
    }
}
