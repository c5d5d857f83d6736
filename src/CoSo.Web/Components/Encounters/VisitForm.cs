using CoSo.Core.Encounters;
using CoSo.Data.Encounters;

namespace CoSo.Web.Components.Encounters;

/// <summary>The visit form's own fields (vitals by their API names, disposition, follow-up, notes).</summary>
public sealed class VisitForm
{
    private readonly Dictionary<string, int?> _ints = [];
    private readonly Dictionary<string, decimal?> _decimals = [];

    public string? Reason { get; set; }

    public VisitPurpose Purpose { get; set; }

    public Disposition Disposition { get; set; } = Disposition.Home;

    public DateOnly? FollowUpDate { get; set; }

    public string? ReferredTo { get; set; }

    public string? Notes { get; set; }

    public DateTimeOffset? OccurredAt { get; set; }

    public int? GetInt(string field) => _ints.GetValueOrDefault(field);

    public void SetInt(string field, int? value) => _ints[field] = value;

    public decimal? GetDecimal(string field) => _decimals.GetValueOrDefault(field);

    public void SetDecimal(string field, decimal? value) => _decimals[field] = value;

    public void Load(VisitDto v)
    {
        Reason = v.Reason;
        Purpose = v.Purpose;
        Disposition = v.Disposition;
        FollowUpDate = v.FollowUpDate;
        ReferredTo = v.ReferredTo;
        Notes = v.Notes;
        OccurredAt = v.OccurredAt;
        (_ints["systolic"], _ints["diastolic"], _ints["pulse"], _ints["spO2"], _ints["respiratoryRate"]) = (v.Systolic, v.Diastolic, v.Pulse, v.SpO2, v.RespiratoryRate);
        (_decimals["temperatureC"], _decimals["weightKg"], _decimals["heightCm"], _decimals["capillaryGlucoseMmol"]) = (v.TemperatureC, v.WeightKg, v.HeightCm, v.CapillaryGlucoseMmol);
        _decimals["waistCm"] = v.WaistCm;
    }

    public VisitInput ToInput() => new()
    {
        OccurredAt = OccurredAt,
        Reason = Reason,
        Purpose = Purpose,
        Systolic = GetInt("systolic"),
        Diastolic = GetInt("diastolic"),
        Pulse = GetInt("pulse"),
        SpO2 = GetInt("spO2"),
        RespiratoryRate = GetInt("respiratoryRate"),
        TemperatureC = GetDecimal("temperatureC"),
        WeightKg = GetDecimal("weightKg"),
        HeightCm = GetDecimal("heightCm"),
        WaistCm = GetDecimal("waistCm"),
        CapillaryGlucoseMmol = GetDecimal("capillaryGlucoseMmol"),
        Disposition = Disposition,
        FollowUpDate = FollowUpDate,
        ReferredTo = Disposition == Disposition.Referred ? ReferredTo : null,
        Notes = Notes,
    };
}
