package cn.partybuilding.volunteer.service;

import cn.partybuilding.common.time.ChinaTime;
import cn.partybuilding.volunteer.domain.Certificate;
import cn.partybuilding.volunteer.domain.ServiceTimeRules;
import cn.partybuilding.volunteer.domain.StatisticsFilter;
import cn.partybuilding.volunteer.domain.VolunteerRecord;
import cn.partybuilding.volunteer.repository.VolunteerRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** 志愿服务时长证明: what a member's certificate says; rest prints it as a page or a PDF. */
@ApplicationScoped
public class CertificateService {

    private final VolunteerRecordRepository records;
    private final CommunityService communities;
    private final Volunteers volunteers;
    private final String issuer;

    public CertificateService(VolunteerRecordRepository records, CommunityService communities, Volunteers volunteers,
                              @ConfigProperty(name = "party.certificate.issuer") String issuer) {
        this.records = records;
        this.communities = communities;
        this.volunteers = volunteers;
        this.issuer = issuer;
    }

    /**
     * The certificate of a member's confirmed records in a period (the current year by default):
     * the caller's own when {@code memberId} is null, or a member of an organization they manage.
     * Needs branch-service for the member's name and organization.
     */
    public Certificate certificate(String memberId, LocalDate from, LocalDate to) {
        Volunteers.Volunteer member = volunteers.resolve(memberId, "memberId");
        StatisticsFilter period = StatisticsService.period(from, to, member.memberId());
        List<VolunteerRecord> confirmed = records.confirmed(member.memberId(), period.from(), period.to());
        return Certificate.of(member.memberId(), member.name(), member.maskedIdCardNumber(), member.organizationName(),
                period.from(), period.to(), confirmed, communities.namesById(confirmed.stream().map(r -> r.communityId).distinct().toList()),
                ChinaTime.today(), issuer);
    }
}
