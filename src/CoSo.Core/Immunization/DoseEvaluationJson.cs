using System.Globalization;
using System.Text;
using System.Text.Json;

namespace CoSo.Core.Immunization;

/// <summary>
/// The JSON shape of dose evaluations shared by the CLI and the API (a contract):
/// <c>[{"vaccine","dose","status","recommendedDate","earliestDate","givenDate"}]</c>, dates as YYYY-MM-DD or null;
/// a slot satisfied by a catalogue product also has <c>"creditedBy"</c> (the product code).
/// </summary>
public static class DoseEvaluationJson
{
    public static void Write(Utf8JsonWriter writer, IEnumerable<DoseEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartArray();
        foreach (var e in evaluations)
        {
            writer.WriteStartObject();
            writer.WriteString("vaccine", e.Vaccine);
            writer.WriteNumber("dose", e.Dose);
            writer.WriteString("status", DoseStatusCodes.ToCode(e.Status));
            WriteDate(writer, "recommendedDate", e.RecommendedDate);
            WriteDate(writer, "earliestDate", e.EarliestDate);
            WriteDate(writer, "givenDate", e.GivenDate);
            if (e.CreditedBy is { } product)
            {
                writer.WriteString("creditedBy", product);
            }
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    public static string Serialize(IEnumerable<DoseEvaluation> evaluations, bool indented = true)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(writer, evaluations);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteDate(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } d)
        {
            writer.WriteString(name, d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
