using System.CommandLine;
using CoSo.Core.Surveillance.Ears;

namespace CoSo.Cli.Commands.Surveillance;

/// <summary>`coso surveillance …`: communicable-disease early warning.</summary>
public static class SurveillanceCommands
{
    /// <summary>Exit code for unreadable input or invalid parameter values.</summary>
    public const int BadInput = 2;

    public static Command Build()
    {
        var surveillance = new Command("surveillance", "Giám sát bệnh truyền nhiễm / communicable-disease surveillance");
        surveillance.Subcommands.Add(BuildEars());
        surveillance.Subcommands.Add(SurveillanceAlertCommands.Build());
        return surveillance;
    }

    private static Command BuildEars()
    {
        var input = new Option<FileInfo>("--input") { Description = "CSV with header period,count", Required = true };
        var method = new Option<EarsMethod>("--method") { Description = "C1, C2 or C3", Required = true };
        var alpha = new Option<double>("--alpha")
        {
            Description = "C1/C2: upper bound = mean + z(1 − alpha)·sd",
            DefaultValueFactory = _ => EarsOptions.DefaultAlpha,
        };
        var baseline = new Option<int>("--baseline")
        {
            Description = "Baseline periods (≥ 3)",
            DefaultValueFactory = _ => EarsOptions.DefaultBaseline,
        };
        var minSigma = new Option<double>("--min-sigma")
        {
            Description = "Floor under the baseline standard deviation",
            DefaultValueFactory = _ => EarsOptions.DefaultMinSigma,
        };
        var threshold = new Option<double>("--threshold")
        {
            Description = "C3: alarm when the statistic is above this",
            DefaultValueFactory = _ => EarsOptions.DefaultThreshold,
        };

        var ears = new Command("ears", "EARS C1/C2/C3 on a series of counts; CSV on stdout")
        {
            input, method, alpha, baseline, minSigma, threshold,
        };
        ears.SetAction(parseResult =>
        {
            var stdout = parseResult.InvocationConfiguration.Output;
            var stderr = parseResult.InvocationConfiguration.Error;
            EarsOptions options;
            try
            {
                options = new EarsOptions(
                    parseResult.GetValue(method),
                    parseResult.GetValue(baseline),
                    parseResult.GetValue(alpha),
                    parseResult.GetValue(minSigma),
                    parseResult.GetValue(threshold));
            }
            catch (ArgumentOutOfRangeException e)
            {
                // The exception's own message appends "(Parameter …) Actual value was …" on two lines.
                var reason = e.Message.Split(" (Parameter", 2)[0];
                stderr.WriteLine($"coso surveillance ears: {e.ParamName} = {e.ActualValue}: {reason}");
                return BadInput;
            }

            return Run(parseResult.GetRequiredValue(input), options, stdout, stderr);
        });
        return ears;
    }

    private static int Run(FileInfo input, EarsOptions options, TextWriter stdout, TextWriter stderr)
    {
        EarsSeries series;
        try
        {
            using var reader = new StreamReader(input.FullName);
            series = EarsCsv.Read(reader);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or EarsInputException)
        {
            stderr.WriteLine($"coso surveillance ears: {input.Name}: {e.Message}");
            return BadInput;
        }

        var results = EarsDetector.Evaluate(series.Counts, options);
        if (results.Length == 0)
        {
            stderr.WriteLine(
                $"coso surveillance ears: {series.Counts.Length} periods; {options.Method} needs at least {options.FirstEvaluableIndex + 1}.");
        }

        EarsCsv.Write(stdout, series, results);
        stdout.Flush();
        return 0;
    }
}
