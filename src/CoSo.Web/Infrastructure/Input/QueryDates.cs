using System.Reflection;
using CoSo.Core.Common;

namespace CoSo.Web.Infrastructure.Input;

/// <summary>
/// The one check of dates, months, years and day counts that come in a query string or a route (security finding B15:
/// <c>month=9999-12</c> and <c>date=0001-01-01</c> gave a 500 from date arithmetic). Applied as an endpoint filter to
/// the whole API, it looks at each handler parameter by type and name, so a new endpoint is covered without code:
/// <list type="bullet">
/// <item>any <see cref="DateOnly"/>: 1900-01-01 to 2100-12-31 (<see cref="DateRules"/>), else "date.range";</item>
/// <item>an integer named year: 1900 to 2100; month 1–12; quarter 1–4; week 1–53;</item>
/// <item>an integer count named days, weeks or months: 0 to <see cref="MaxDays"/>/<see cref="MaxWeeks"/>/<see cref="MaxMonths"/>.</item>
/// </list>
/// Months written as text ("2026-12") are read by <see cref="Month"/>. Each problem is a field error keyed by the parameter's name.
/// </summary>
public static class QueryDates
{
    public const int MaxDays = 3_660;

    public const int MaxWeeks = 520;

    public const int MaxMonths = 120;

    public static EndpointFilterDelegate Factory(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        var checks = context.MethodInfo.GetParameters()
            .Select((p, i) => (Index: i, p.Name, Rule: RuleFor(p)))
            .Where(c => c.Rule is not null && c.Name is not null)
            .ToArray();
        if (checks.Length == 0)
        {
            return next;
        }

        return invocation =>
        {
            var errors = new ValidationErrors();
            foreach (var (index, name, rule) in checks)
            {
                rule!(errors, name!, index < invocation.Arguments.Count ? invocation.Arguments[index] : null);
            }

            errors.ThrowIfInvalid();
            return next(invocation);
        };
    }

    /// <summary>"2026-12" (1900-01 to 2100-12) → its first day; else a field error on <paramref name="field"/>.</summary>
    public static DateOnly Month(string? text, string field = "month", string code = "month.invalid") =>
        DateRules.TryParseMonth(text, out var first) ? first : throw new DomainValidationException(field, code);

    private static Action<ValidationErrors, string, object?>? RuleFor(ParameterInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.ParameterType) ?? p.ParameterType;
        if (type == typeof(DateOnly))
        {
            return (errors, field, value) => DateRules.Check(errors, field, value as DateOnly?);
        }

        if (type != typeof(int))
        {
            return null;
        }

        return p.Name?.ToLowerInvariant() switch
        {
            "year" => (errors, field, value) =>
            {
                if (value is int y && !DateRules.YearInRange(y))
                {
                    errors.Add(field, "year.range", DateRules.Earliest.Year, DateRules.Latest.Year);
                }
            },
            "month" => Between(1, 12),
            "quarter" => Between(1, 4),
            "week" => Between(1, 53),
            "days" => Between(0, MaxDays),
            "weeks" => Between(0, MaxWeeks),
            "months" => Between(1, MaxMonths),
            _ => null,
        };
    }

    private static Action<ValidationErrors, string, object?> Between(int min, int max) => (errors, field, value) =>
    {
        if (value is int n && (n < min || n > max))
        {
            errors.Add(field, "number.range", min, max);
        }
    };
}
