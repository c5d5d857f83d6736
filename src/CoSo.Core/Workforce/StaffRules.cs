using CoSo.Core.Common;
using CoSo.Core.People;

namespace CoSo.Core.Workforce;

/// <summary>Field rules of the staff register; the CCCD must be consistent with sex and birth year (<see cref="CccdValidator"/>).</summary>
public static class StaffRules
{
    public static ValidationErrors Validate(StaffInput input, DateOnly today)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.FullName))
        {
            errors.Add("fullName", "workforce.fullName.required");
        }

        var age = VietnamClock.AgeInYears(input.BirthDate, today);
        if (age is < 18 or > 75)
        {
            errors.Add("birthDate", "workforce.birthDate");
        }

        if (string.IsNullOrWhiteSpace(input.Cccd))
        {
            errors.Add("cccd", "workforce.cccd.required");
        }
        else
        {
            CccdValidator.Validate(input.Cccd.Trim(), input.Sex, input.BirthDate.Year, errors);
        }

        if (input.TrainingMonths is < 0 or > 60)
        {
            errors.Add("trainingMonths", "workforce.trainingMonths");
        }

        return errors;
    }

    public static void Validate(PostingInput input, ValidationErrors errors)
    {
        if (input.End is { } end && end < input.Start)
        {
            errors.Add("end", "workforce.posting.dates");
        }

        if (input.Kind != PostingKind.Regular && input.FromUnitId is null)
        {
            errors.Add("fromUnitId", "workforce.posting.from");
        }
    }

    public static ValidationErrors Validate(TrainingInput input)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(input.Course))
        {
            errors.Add("course", "workforce.course.required");
        }

        if (input.End < input.Start)
        {
            errors.Add("end", "workforce.posting.dates");
        }

        if (input.Hours is < 0.5m or > 2000m)
        {
            errors.Add("hours", "workforce.training.hours");
        }

        return errors;
    }
}
