using CoSo.Core.Common;

namespace CoSo.Core.Encounters;

/// <summary>
/// Vital-sign checks for a visit. Impossible values are rejected field by field; unusual but possible values
/// (e.g. BP 220/130) are accepted and flagged so the clinician sees them on the record.
/// </summary>
public static class VisitRules
{
    public static IReadOnlyList<VitalRange> Ranges { get; } =
    [
        new("systolic", 50, 300, 90, 180),
        new("diastolic", 20, 200, 50, 110),
        new("pulse", 20, 250, 50, 120),
        new("temperatureC", 30, 45, 35, 39),
        new("respiratoryRate", 4, 80, 10, 30),
        new("spO2", 50, 100, 94, 101),
        new("weightKg", 0.3m, 350, 2, 150),
        new("heightCm", 20, 250, 45, 200),
        new("waistCm", 30, 250, 50, 150),
        new("capillaryGlucoseMmol", 0.5m, 60, 3.9m, 11.1m),
    ];

    /// <summary>Checks a visit before it is saved; <paramref name="birthDate"/> bounds its date from below.</summary>
    public static ValidationErrors Validate(VisitInput input, DateTimeOffset now, Func<string, bool> icdExists, DateOnly? birthDate = null)
    {
        var errors = new ValidationErrors();
        Check(errors, "systolic", input.Systolic);
        Check(errors, "diastolic", input.Diastolic);
        Check(errors, "pulse", input.Pulse);
        Check(errors, "temperatureC", input.TemperatureC);
        Check(errors, "respiratoryRate", input.RespiratoryRate);
        Check(errors, "spO2", input.SpO2);
        Check(errors, "weightKg", input.WeightKg);
        Check(errors, "heightCm", input.HeightCm);
        Check(errors, "waistCm", input.WaistCm);
        Check(errors, "capillaryGlucoseMmol", input.CapillaryGlucoseMmol);

        if (input.Systolic is null != input.Diastolic is null)
        {
            errors.Add(input.Systolic is null ? "systolic" : "diastolic", "bp.pair");
        }
        else if (input.Systolic is { } s && input.Diastolic is { } d && d >= s)
        {
            errors.Add("diastolic", "bp.order");
        }

        if (!Enum.IsDefined(input.Purpose))
        {
            errors.Add("purpose", "visit.purpose");
        }

        var occurred = input.OccurredAt ?? now;
        if (occurred > now.AddMinutes(5))
        {
            errors.Add("occurredAt", "visit.future");
        }

        if (!DateRules.InRange(occurred))
        {
            DateRules.Check(errors, "occurredAt", DateOnly.FromDateTime(occurred.UtcDateTime));
        }
        else if (birthDate is { } born && VietnamClock.LocalDate(occurred) < born)
        {
            errors.Add("occurredAt", "visit.beforeBirth");
        }

        InputLimits.CheckText(errors, "reason", input.Reason);
        InputLimits.CheckText(errors, "notes", input.Notes);
        if (input.Diagnoses.Count > InputLimits.PrescriptionLines)
        {
            errors.Add("diagnoses", "list.tooMany", InputLimits.PrescriptionLines);
        }

        if (input.Prescriptions.Count > InputLimits.PrescriptionLines)
        {
            errors.Add("prescriptions", "prescription.tooMany", InputLimits.PrescriptionLines);
        }

        // One main ICD-10 diagnosis is what makes a visit a visit (and a claim): an empty visit is refused here too.
        if (input.Diagnoses.Count == 0)
        {
            errors.Add("diagnoses", "diagnosis.required");
        }
        else if (input.Diagnoses.Count(d => d.IsMain) != 1)
        {
            errors.Add("diagnoses", "diagnosis.main");
        }

        for (var i = 0; i < Math.Min(input.Diagnoses.Count, InputLimits.PrescriptionLines); i++)
        {
            var code = NormalizeIcd(input.Diagnoses[i].Code);
            if (!icdExists(code))
            {
                errors.Add($"diagnoses[{i}].code", "icd.unknown", input.Diagnoses[i].Code);
            }
        }

        var chronic = input.Diagnoses.Any(d => Chronic.ChronicCodes.ProgrammeOf(d.Code) is not null);
        // Past the limit the lines are not checked one by one: the answer is one error, whatever the number sent.
        for (var i = 0; i < Math.Min(input.Prescriptions.Count, InputLimits.PrescriptionLines); i++)
        {
            var line = input.Prescriptions[i];
            InputLimits.CheckText(errors, $"prescriptions[{i}].instructions", line.Instructions);
            InputLimits.CheckText(errors, $"prescriptions[{i}].allergyOverrideReason", line.AllergyOverrideReason);
            if (string.IsNullOrWhiteSpace(line.Drug) && string.IsNullOrWhiteSpace(line.DrugCode))
            {
                errors.Add($"prescriptions[{i}].drug", "required");
            }

            if (line.EffectiveQuantity <= 0)
            {
                errors.Add($"prescriptions[{i}].quantity", "prescription.quantity");
            }

            if (line.DosePerTake is <= 0 || line.TimesPerDay is < 1 or > 12)
            {
                errors.Add($"prescriptions[{i}].dosePerTake", "prescription.dose");
            }

            if (line.Days is < 1 or > 90)
            {
                errors.Add($"prescriptions[{i}].days", "prescription.days");
            }
            else if (line.Days > 30 && !chronic)
            {
                // TT 26/2025/TT-BYT: 30 days at most, up to 90 for the listed chronic diseases (hypertension, diabetes…).
                errors.Add($"prescriptions[{i}].days", "prescription.days30");
            }
        }

        if (input.FollowUpDate is { } f && f <= VietnamClock.LocalDate(occurred))
        {
            errors.Add("followUpDate", "followUp.date");
        }

        return errors;
    }

    /// <summary>
    /// The vital signs a village health worker measures at home (BP, capillary glucose, weight), checked by the same
    /// ranges and BP rules as a station visit.
    /// </summary>
    public static void CheckHomeVitals(ValidationErrors errors, int? systolic, int? diastolic, decimal? glucoseMmol, decimal? weightKg)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Check(errors, "systolic", systolic);
        Check(errors, "diastolic", diastolic);
        Check(errors, "capillaryGlucoseMmol", glucoseMmol);
        Check(errors, "weightKg", weightKg);
        if (systolic is null != diastolic is null)
        {
            errors.Add(systolic is null ? "systolic" : "diastolic", "bp.pair");
        }
        else if (systolic is { } s && diastolic is { } d && d >= s)
        {
            errors.Add("diastolic", "bp.order");
        }
    }

    /// <summary>Body-mass index, kg/m², rounded to one decimal.</summary>
    public static decimal? Bmi(decimal? weightKg, decimal? heightCm)
    {
        if (weightKg is not { } w || heightCm is not { } h || h <= 0)
        {
            return null;
        }

        var m = h / 100m;
        return Math.Round(w / (m * m), 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>"i10" → "I10"; "E119" → "E11.9" (the dotless form used in BHYT XML).</summary>
    public static string NormalizeIcd(string code)
    {
        var c = code.Trim().ToUpperInvariant();
        if (c.Length > 3 && c[3] != '.')
        {
            c = c[..3] + "." + c[3..];
        }

        return c;
    }

    private static void Check(ValidationErrors errors, string field, decimal? value)
    {
        if (value is not { } v)
        {
            return;
        }

        var range = Ranges.First(r => r.Field == field);
        if (v < range.Min || v > range.Max)
        {
            errors.Add(field, "vital.impossible", field, v, range.Min, range.Max);
        }
        else if (v < range.UsualMin || v >= range.UsualMax)
        {
            errors.Warn(field, "vital.unusual", field, v, range.UsualMin, range.UsualMax);
        }
    }
}
