package io.opensdr.qualifier.evaluation;

import java.util.List;

/** A campaign of the labelled set, shaped like the campaign snapshot the qualifier receives. */
public record EvaluationCampaign(String id, String name, String sector, String description, Profile targetProfile,
                                 Qualification qualification, String prospectsFile) {

    public record Profile(List<String> titles, List<String> seniorities, List<String> industries,
                          List<String> companySizes, List<String> countries) {
    }

    public record Qualification(Integer threshold, Integer reviewBand, Integer hotScore, Integer budgetWeight,
                                Integer authorityWeight, Integer needWeight, Integer timelineWeight) {
    }
}
