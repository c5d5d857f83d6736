using CoSo.Core.Workforce;

namespace CoSo.Core.Tests.Workforce;

/// <summary>
/// Hand-made roster of station S and district centre D (start and end dates both inclusive):
/// <code>
/// An    doctor (general)     permanent  Regular    at S  2020-01-01..2026-02-28
/// Binh  doctor (family)      permanent  Regular    at D  2019-01-01..open
///                                       Secondment to S  2026-03-01..2026-05-31
/// Chi   midwife              contract   Regular    at S  2026-03-02..open
/// Dung  doctor (traditional) contract   Regular    at S  2025-06-01..2026-03-01
/// Em    assistant phys. OB/paed permanent Regular  at S  2024-01-01..open
/// Giang doctor (general)     permanent  Regular    at D  2018-01-01..open
///                                       Rotation   to S  2026-01-01..2026-02-28
/// </code>
/// </summary>
public sealed class StaffingOnDateTests
{
    private static readonly Guid S = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid D = Guid.Parse("00000000-0000-0000-0000-00000000000d");
    private static readonly Guid An = Guid.NewGuid(), Binh = Guid.NewGuid(), Chi = Guid.NewGuid(), Dung = Guid.NewGuid(), Em = Guid.NewGuid(), Giang = Guid.NewGuid();

    private static readonly StaffingPosting[] Roster =
    [
        new(An, S, Cadre.DoctorGeneral, EmploymentType.Permanent, PostingKind.Regular, new(2020, 1, 1), new(2026, 2, 28)),
        new(Binh, D, Cadre.DoctorFamilyMedicine, EmploymentType.Permanent, PostingKind.Regular, new(2019, 1, 1), null),
        new(Binh, S, Cadre.DoctorFamilyMedicine, EmploymentType.Permanent, PostingKind.Secondment, new(2026, 3, 1), new(2026, 5, 31)),
        new(Chi, S, Cadre.Midwife, EmploymentType.Contract, PostingKind.Regular, new(2026, 3, 2), null),
        new(Dung, S, Cadre.DoctorTraditionalMedicine, EmploymentType.Contract, PostingKind.Regular, new(2025, 6, 1), new(2026, 3, 1)),
        new(Em, S, Cadre.AssistantPhysicianObPaediatric, EmploymentType.Permanent, PostingKind.Regular, new(2024, 1, 1), null),
        new(Giang, D, Cadre.DoctorGeneral, EmploymentType.Permanent, PostingKind.Regular, new(2018, 1, 1), null),
        new(Giang, S, Cadre.DoctorGeneral, EmploymentType.Permanent, PostingKind.Rotation, new(2026, 1, 1), new(2026, 2, 28)),
    ];

    [Fact]
    public void On_the_first_of_March_the_station_has_a_seconded_and_a_contract_doctor_but_no_permanent_one()
    {
        var on = Staffing.StaffingOnDate(Roster, new DateOnly(2026, 3, 1));

        // An ended yesterday; Chi starts tomorrow; Giang's rotation ended yesterday; Binh's secondment starts today;
        // Dung's contract ends today (inclusive); Em is open-ended.
        var s = on[S];
        Assert.Equal(0, s.PermanentDoctors);
        Assert.Equal(1, s.ContractDoctors);
        Assert.Equal(1, s.SecondedDoctors);
        Assert.Equal(1, s.MaternalCare);
        Assert.Equal(3, s.Total);
        Assert.Equivalent(new[] { Binh, Dung, Em }, s.StaffIds);
        Assert.True(s.HasDoctor);

        // Binh is away on secondment, so the district counts only Giang, back from rotation.
        Assert.Equal(1, on[D].PermanentDoctors);
        Assert.Equal([Giang], on[D].StaffIds);
    }

    [Fact]
    public void On_the_last_day_of_February_the_permanent_doctor_and_the_rotating_doctor_are_both_counted()
    {
        var on = Staffing.StaffingOnDate(Roster, new DateOnly(2026, 2, 28));

        var s = on[S];
        Assert.Equal(1, s.PermanentDoctors); // An, last day
        Assert.Equal(1, s.ContractDoctors); // Dung
        Assert.Equal(1, s.SecondedDoctors); // Giang, last day of rotation
        Assert.Equal(1, s.MaternalCare); // Em
        Assert.Equal(4, s.Total);
        Assert.Equal([Binh], on[D].StaffIds);
    }

    [Fact]
    public void After_the_secondment_ends_the_station_has_no_doctor_and_the_district_has_both_back()
    {
        var on = Staffing.StaffingOnDate(Roster, new DateOnly(2026, 6, 1));

        var s = on[S];
        Assert.False(s.HasDoctor);
        Assert.Equal(2, s.MaternalCare); // Chi and Em
        Assert.Equal(2, on[D].PermanentDoctors);
    }

    [Fact]
    public void A_unit_with_nobody_posted_on_the_date_is_absent_from_the_result()
    {
        var on = Staffing.StaffingOnDate(Roster, new DateOnly(2017, 12, 31));

        Assert.Empty(on);
    }
    [Fact]
    public void T5_counts_an_own_doctor_working_full_time_of_either_contract_and_splits_off_part_time_and_seconded_ones()
    {
        // Station T on 01/06/2026: Hoa, a contract doctor full time; Khanh, a permanent doctor part time (two days a week,
        // shared with D); Lan, a doctor employed as seconded (biệt phái). Station U: Minh, permanent, full time, and also
        // part time at U on a second posting — counted once, as full time.
        Guid t = Guid.NewGuid(), u = Guid.NewGuid(), hoa = Guid.NewGuid(), khanh = Guid.NewGuid(), lan = Guid.NewGuid(), minh = Guid.NewGuid();
        StaffingPosting[] roster =
        [
            new(hoa, t, Cadre.DoctorGeneral, EmploymentType.Contract, PostingKind.Regular, new(2025, 1, 1), null),
            new(khanh, t, Cadre.DoctorFamilyMedicine, EmploymentType.Permanent, PostingKind.Regular, new(2025, 1, 1), null, PartTime: true),
            new(khanh, D, Cadre.DoctorFamilyMedicine, EmploymentType.Permanent, PostingKind.Regular, new(2025, 1, 1), null, PartTime: true),
            new(lan, t, Cadre.DoctorGeneral, EmploymentType.Seconded, PostingKind.Regular, new(2025, 1, 1), null),
            new(minh, u, Cadre.DoctorGeneral, EmploymentType.Permanent, PostingKind.Regular, new(2025, 1, 1), null),
            new(minh, u, Cadre.DoctorGeneral, EmploymentType.Permanent, PostingKind.Regular, new(2026, 1, 1), null, PartTime: true),
        ];

        var on = Staffing.StaffingOnDate(roster, new DateOnly(2026, 6, 1));

        Assert.Equal((0, 1, 1, 1), (on[t].FullTimePermanentDoctors, on[t].FullTimeContractDoctors, on[t].PartTimeDoctors, on[t].SecondedDoctors));
        Assert.Equal(1, on[t].FullTimeDoctors);
        Assert.Equal([StationDoctorKinds.FullTimeContract, StationDoctorKinds.RotatingSeconded, StationDoctorKinds.PartTime], StationDoctorKinds.Of(on[t]).ToArray());
        Assert.Equal((1, 0, 1), (on[u].FullTimePermanentDoctors, on[u].PartTimeDoctors, on[u].Total));
        Assert.Equal((0, 1), (on[D].FullTimeDoctors, on[D].PartTimeDoctors)); // Khanh is part time at D too: D has no full-time doctor
    }
}
