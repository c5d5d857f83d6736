using System.CommandLine;
using System.Globalization;
using CoSo.Core.Growth;
using CoSo.Core.People;

namespace CoSo.Cli.Commands.Growth;

/// <summary>
/// `coso growth zscores`: WHO z-scores of one measurement as one JSON object on stdout (a contract other tools parse,
/// docs/growth.md). Numbers are read and written with a point whatever the culture; bad input goes to stderr with
/// exit code 2; an age of 60 months or more is valid input (exit 0, flagged "age-out-of-range").
/// </summary>
public static class GrowthCommands
{
    public const int InvalidInput = 2;

    public static Command Build()
    {
        var command = new Command("growth", "Theo dõi tăng trưởng trẻ dưới 5 tuổi / growth monitoring under 5");
        command.Subcommands.Add(BuildZScores());
        return command;
    }

    private static Command BuildZScores()
    {
        // Read as text and checked in the action, so that every bad value exits with 2 and a message naming the option.
        var sex = new Option<string>("--sex") { Description = "M or F (required)" };
        var birthDate = new Option<string>("--birth-date") { Description = "Date of birth, YYYY-MM-DD (required)" };
        var date = new Option<string>("--date") { Description = "Date of the measurement, YYYY-MM-DD (required)" };
        var weight = new Option<string>("--weight") { Description = "Weight in kg, e.g. 7.4" };
        var length = new Option<string>("--length") { Description = "Length or height in cm, e.g. 66.5" };
        var measured = new Option<string>("--measured") { Description = "lying or standing; without it the length is used as given" };
        var oedema = new Option<bool>("--oedema") { Description = "Bilateral pitting oedema: weight-based z-scores are not computed" };

        var zscores = new Command("zscores", "WAZ, HAZ, WHZ and BAZ as WHO anthro 1.1.0 computes them, as JSON")
        {
            sex, birthDate, date, weight, length, measured, oedema,
        };
        zscores.SetAction(parse => Run(
            new Arguments(parse.GetValue(sex), parse.GetValue(birthDate), parse.GetValue(date), parse.GetValue(weight), parse.GetValue(length), parse.GetValue(measured), parse.GetValue(oedema)),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return zscores;
    }

    private static int Run(Arguments a, TextWriter stdout, TextWriter stderr)
    {
        if (a.Sex is null || a.BirthDate is null || a.Date is null)
        {
            return Fail(stderr, "--sex, --birth-date and --date are required.");
        }

        Sex? sex = a.Sex.Trim().ToUpperInvariant() switch
        {
            "M" => Sex.Male,
            "F" => Sex.Female,
            _ => null,
        };
        if (sex is null)
        {
            return Fail(stderr, $"--sex: '{a.Sex}' is not M or F.");
        }

        if (!TryDate(a.BirthDate, out var birth))
        {
            return Fail(stderr, $"--birth-date: '{a.BirthDate}' is not a date in the form YYYY-MM-DD.");
        }

        if (!TryDate(a.Date, out var measuredOn))
        {
            return Fail(stderr, $"--date: '{a.Date}' is not a date in the form YYYY-MM-DD.");
        }

        if (measuredOn < birth)
        {
            return Fail(stderr, "--date is before --birth-date.");
        }

        if (!TryMeasure(a.Weight, out var weightKg))
        {
            return Fail(stderr, $"--weight: '{a.Weight}' is not a positive number of kg written with a point (e.g. 7.4).");
        }

        if (!TryMeasure(a.Length, out var lengthCm))
        {
            return Fail(stderr, $"--length: '{a.Length}' is not a positive number of cm written with a point (e.g. 66.5).");
        }

        MeasuredPosition? position = null;
        if (a.Measured is { } measured)
        {
            position = measured.Trim().ToLowerInvariant() switch
            {
                "lying" => MeasuredPosition.Lying,
                "standing" => MeasuredPosition.Standing,
                _ => null,
            };
            if (position is null)
            {
                return Fail(stderr, $"--measured: '{measured}' is not lying or standing.");
            }
        }

        var input = new Anthropometry(sex.Value, Anthropometry.AgeInDays(birth, measuredOn), weightKg, lengthCm, position, a.Oedema);
        var assessment = ZScoreCalculator.Assess(GrowthStandards.LoadDefault(), input);
        stdout.WriteLine(GrowthAssessmentJson.Serialize(assessment));
        return 0;
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Absent is fine (null); present must be a finite number above 0 in the invariant notation ("7.4", never "7,4").</summary>
    private static bool TryMeasure(string? text, out double? value)
    {
        value = null;
        if (text is null)
        {
            return true;
        }

        if (double.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) && v > 0)
        {
            value = v;
            return true;
        }

        return false;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return InvalidInput;
    }

    private sealed record Arguments(string? Sex, string? BirthDate, string? Date, string? Weight, string? Length, string? Measured, bool Oedema);
}
