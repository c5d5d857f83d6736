using System.Text.Json;
using System.Text.Json.Serialization;
using CoSo.Core.Immunization;

namespace CoSo.Core.Tests.Immunization;

public sealed class DoseStatusJsonConverterTests
{
    // The web host registers a general enum converter (it would write "NotApplicable"); the API must still say the
    // issue's word "not-applicable", as the CLI does.
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    [Fact]
    public void A_status_is_written_as_its_contract_word_even_with_the_web_enum_converter()
    {
        var json = JsonSerializer.Serialize(new DoseEvaluation("Cholera", 1, DoseStatus.NotApplicable, null, null, null), Web);

        Assert.Contains("\"status\":\"not-applicable\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_status_word_reads_back_as_the_same_status()
    {
        var back = JsonSerializer.Deserialize<DoseEvaluation>("{\"vaccine\":\"BCG\",\"dose\":1,\"status\":\"overdue\"}", Web);

        Assert.Equal(DoseStatus.Overdue, back.Status);
    }
}
