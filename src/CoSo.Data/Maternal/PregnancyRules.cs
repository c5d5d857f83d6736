using CoSo.Core.Common;
using CoSo.Core.Maternal;

namespace CoSo.Data.Maternal;

/// <summary>Field rules of a pregnancy registration, shared by registering and correcting one.</summary>
internal static class PregnancyRules
{
    public const int MaxLmpDaysBeforeContact = 300;

    public static void Validate(PregnancyRegistration input, DateOnly today, ValidationErrors errors)
    {
        if (input.FirstContactDate is not { } contact)
        {
            errors.Add("firstContactDate", "required");
            return;
        }

        if (contact > today)
        {
            errors.Add("firstContactDate", "maternal.date.future");
        }

        if (input.LastMenstrualPeriod is { } lmp && (lmp > contact || lmp < contact.AddDays(-MaxLmpDaysBeforeContact)))
        {
            errors.Add("lastMenstrualPeriod", "maternal.lmp.range");
        }

        var scanParts = (input.UltrasoundDate is null ? 0 : 1) + (input.UltrasoundWeeks is null ? 0 : 1);
        if (scanParts == 1)
        {
            errors.Add(input.UltrasoundDate is null ? "ultrasoundDate" : "ultrasoundWeeks", "maternal.ultrasound.incomplete");
        }

        if (input.UltrasoundDate is { } scan && (scan > today || scan < contact.AddDays(-MaxLmpDaysBeforeContact)))
        {
            errors.Add("ultrasoundDate", "maternal.ultrasound.date");
        }

        Range(errors, "ultrasoundWeeks", input.UltrasoundWeeks, 4, 42);
        Range(errors, "ultrasoundDays", input.UltrasoundDays, 0, 6);
        if (input.ExpectedDeliveryDate is { } edd && (edd < contact || edd > contact.AddDays(MaxLmpDaysBeforeContact)))
        {
            errors.Add("expectedDeliveryDate", "maternal.edd.range");
        }

        Range(errors, "firstContactGestationWeeks", input.FirstContactGestationWeeks, 1, 42);
        Range(errors, "gravida", input.Gravida, 1, 20);
        Range(errors, "termBirths", input.TermBirths, 0, 20);
        Range(errors, "pretermBirths", input.PretermBirths, 0, 20);
        Range(errors, "abortions", input.Abortions, 0, 20);
        Range(errors, "livingChildren", input.LivingChildren, 0, 20);
        var previous = (input.TermBirths ?? 0) + (input.PretermBirths ?? 0) + (input.Abortions ?? 0);
        if (input.Gravida is { } g && previous > g - 1)
        {
            errors.Add("gravida", "maternal.para.gravida");
        }

        if (input.Notes is { Length: > 1000 })
        {
            errors.Add("notes", "tooLong", 1000);
        }

        // The dating must leave the first contact inside a pregnancy (at most 42 weeks in).
        if (errors.IsValid && Dating(input).Start is { } start && contact.DayNumber - start.DayNumber > 294)
        {
            errors.Add("firstContactDate", "maternal.dating.tooLate");
        }
    }

    public static PregnancyDating Dating(PregnancyRegistration input) =>
        PregnancyDating.Resolve(input.LastMenstrualPeriod, input.UltrasoundDate, UltrasoundGestationDays(input), input.ExpectedDeliveryDate,
            input.FirstContactDate ?? DateOnly.MinValue, input.FirstContactGestationWeeks);

    public static int? UltrasoundGestationDays(PregnancyRegistration input) =>
        input.UltrasoundWeeks is { } w ? (w * 7) + (input.UltrasoundDays ?? 0) : null;

    public static void Apply(PregnancyRegistration input, Pregnancy p)
    {
        p.FirstContactDate = input.FirstContactDate!.Value;
        p.LastMenstrualPeriod = input.LastMenstrualPeriod;
        p.UltrasoundDate = input.UltrasoundDate;
        p.UltrasoundGestationDays = UltrasoundGestationDays(input);
        p.ExpectedDeliveryDate = input.ExpectedDeliveryDate;
        p.FirstContactGestationWeeks = input.FirstContactGestationWeeks;
        p.Gravida = input.Gravida;
        p.TermBirths = input.TermBirths;
        p.PretermBirths = input.PretermBirths;
        p.Abortions = input.Abortions;
        p.LivingChildren = input.LivingChildren;
        p.PreviousCaesarean = input.PreviousCaesarean;
        p.Hypertension = input.Hypertension;
        p.Diabetes = input.Diabetes;
        p.Anaemia = input.Anaemia;
        p.HivStatus = input.HivStatus;
        p.SyphilisStatus = input.SyphilisStatus;
        p.HepatitisBStatus = input.HepatitisBStatus;
        p.Notes = string.IsNullOrWhiteSpace(input.Notes) ? null : TextFolding.Nfc(input.Notes.Trim());
    }

    public static void Range(ValidationErrors errors, string field, int? value, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(field, "maternal.value.range", min, max);
        }
    }

    public static void Range(ValidationErrors errors, string field, decimal? value, decimal min, decimal max)
    {
        if (value is { } v && (v < min || v > max))
        {
            errors.Add(field, "maternal.value.range", min, max);
        }
    }
}
