package cn.partybuilding.branch.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "性别 / Gender：MALE 男, FEMALE 女")
public enum Gender {
    MALE,
    FEMALE
}
