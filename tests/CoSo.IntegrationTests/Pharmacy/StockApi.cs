using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CoSo.IntegrationTests.Infrastructure;

namespace CoSo.IntegrationTests.Pharmacy;

/// <summary>Arranges stock and visits through the public API, as station staff would.</summary>
internal static class StockApi
{
    private static int _lot;

    public static string NewLot() => "L" + Interlocked.Increment(ref _lot).ToString("000000", CultureInfo.InvariantCulture) + Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();

    public static async Task<JsonElement> ReceiveAsync(HttpClient client, string drugCode, decimal quantity, DateOnly expiry, decimal unitPrice = 420, string? lot = null)
    {
        var response = await client.PostAsJsonAsync("/api/v1/stock/receipts", new
        {
            drugCode, lotNumber = lot ?? NewLot(), expiryDate = expiry.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), quantity, unitPrice, supplier = "Công ty Dược Thanh Hóa",
        }, TestPeople.Json);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (int)response.StatusCode == 201 ? body : throw new InvalidOperationException($"Receive failed {(int)response.StatusCode}: {body}");
    }

    public static async Task<decimal> OnHandAsync(HttpClient client, string drugCode)
    {
        var lots = await client.GetFromJsonAsync<JsonElement>($"/api/v1/stock/lots?drugCode={drugCode}");
        return lots.EnumerateArray().Sum(l => l.GetProperty("quantity").GetDecimal());
    }

    /// <summary>A visit for I10 (or the code given) with one formulary line dispensed from stock.</summary>
    public static object DispensingVisit(string drugCode, int perDay, int days, string icd = "J06.9", string? allergyReason = null) => new
    {
        systolic = 128,
        diastolic = 82,
        diagnoses = new[] { new { code = icd, isMain = true } },
        prescriptions = new[]
        {
            new { drug = string.Empty, strength = (string?)null, dose = (string?)null, quantity = 0, days, drugCode, dosePerTake = 1, timesPerDay = perDay, dispense = true, allergyOverrideReason = allergyReason },
        },
    };
}
