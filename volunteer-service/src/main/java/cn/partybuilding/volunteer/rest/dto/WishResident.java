package cn.partybuilding.volunteer.rest.dto;

import cn.partybuilding.volunteer.domain.Resident;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The resident of a wish, as a request sends it and as a view shows it to the community and the claimer. */
@Schema(name = "WishResident", description = "许愿居民（仅社区和认领者可见） / The resident (seen only by the community and the claimer)")
public record WishResident(
        @NotBlank @Size(max = 50) @Schema(description = "姓名 / Name", required = true, examples = "王桂兰") String name,
        @Pattern(regexp = "1[3-9][0-9]{9}") @Schema(description = "手机号 / Mobile", examples = "13812345678") String phone) {

    public static WishResident of(Resident resident) {
        return new WishResident(resident.name(), resident.phone());
    }

    public Resident toResident() {
        return new Resident(name, phone);
    }
}
