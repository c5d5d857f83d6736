using System.CommandLine;
using System.Text.Json;
using CoSo.Core.Immunization;

namespace CoSo.Cli.Commands.Immunization;

/// <summary>
/// `coso immunization status`: evaluates a child's doses against the embedded schedule and prints only JSON
/// on stdout (a contract other tools parse); errors go to stderr with exit code 2.
/// </summary>
public static class ImmunizationCommands
{
    private const int InvalidInput = 2;

    public static Command Build()
    {
        var command = new Command("immunization", "Tiêm chủng / immunization schedule");
        command.Subcommands.Add(BuildStatus());
        return command;
    }

    private static Command BuildStatus()
    {
        // Options are validated in the action rather than by the parser so that every bad input exits with 2.
        var birthDate = new Option<string>("--birth-date") { Description = "Child's date of birth, YYYY-MM-DD (required)" };
        var asOf = new Option<string>("--as-of") { Description = "Evaluation date, YYYY-MM-DD (required)" };
        var given = new Option<string[]>("--given")
        {
            Description = "A dose received, VACCINE:DOSE:YYYY-MM-DD (schedule vaccine) or PRODUCT:YYYY-MM-DD (product catalogue); repeat once per dose",
            DefaultValueFactory = _ => [],
        };
        var programme = new Option<string[]>("--programme")
        {
            Description = "Extra programme: high-risk-areas (routine is always included); may be repeated",
            DefaultValueFactory = _ => [],
        };

        var province = new Option<string?>("--province")
        {
            Description = "2-digit province code (07/2025 list): applies the province's introduction dates; default the national dates",
        };

        var status = new Command("status", "Print the status of each dose of a child's schedule as JSON")
        {
            birthDate, asOf, given, programme, province,
        };
        status.SetAction(parse => Run(
            parse.GetValue(birthDate),
            parse.GetValue(asOf),
            parse.GetValue(given) ?? [],
            parse.GetValue(programme) ?? [],
            parse.GetValue(province),
            parse.InvocationConfiguration.Output,
            parse.InvocationConfiguration.Error));
        return status;
    }

    private static int Run(string? birthText, string? asOfText, string[] givenTexts, string[] programmeTexts, string? provinceText, TextWriter stdout, TextWriter stderr)
    {
        if (birthText is null || asOfText is null)
        {
            return Fail(stderr, "--birth-date and --as-of are required.");
        }

        if (!GivenDoseParser.TryParseDate(birthText, out var birth))
        {
            return Fail(stderr, $"--birth-date: '{birthText}' is not a date in the form YYYY-MM-DD.");
        }

        if (!GivenDoseParser.TryParseDate(asOfText, out var asOf))
        {
            return Fail(stderr, $"--as-of: '{asOfText}' is not a date in the form YYYY-MM-DD.");
        }

        if (asOf < birth)
        {
            return Fail(stderr, "--as-of is before --birth-date.");
        }

        var programmes = ChildProgrammes.Routine;
        foreach (var text in programmeTexts)
        {
            ChildProgrammes? flag = text switch
            {
                "routine" => ChildProgrammes.Routine,
                "high-risk-areas" => ChildProgrammes.HighRiskAreas,
                _ => null,
            };
            if (flag is null)
            {
                return Fail(stderr, $"--programme: '{text}' is not one of routine, high-risk-areas.");
            }

            programmes |= flag.Value;
        }

        if (provinceText is not null && (provinceText.Length != 2 || !provinceText.All(char.IsAsciiDigit)))
        {
            return Fail(stderr, $"--province: '{provinceText}' is not a 2-digit province code.");
        }

        var schedule = ImmunizationSchedule.LoadDefault().ForProvince(provinceText);
        var doses = new List<GivenDose>(givenTexts.Length);
        foreach (var text in givenTexts)
        {
            if (!GivenDoseParser.TryParse(text, schedule, out var dose, out var error))
            {
                return Fail(stderr, $"--given {error}");
            }

            if (dose.Date < birth || dose.Date > asOf)
            {
                return Fail(stderr, $"--given '{text}': the date must be between --birth-date and --as-of.");
            }

            doses.Add(dose);
        }

        var evaluations = ScheduleEngine.Evaluate(schedule, birth, asOf, doses, programmes);
        stdout.WriteLine(DoseEvaluationJson.Serialize(evaluations));
        return 0;
    }

    private static int Fail(TextWriter stderr, string message)
    {
        stderr.WriteLine($"error: {message}");
        return InvalidInput;
    }
}
