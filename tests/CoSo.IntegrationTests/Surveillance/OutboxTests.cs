using System.Text;
using CoSo.Core.Identity;
using CoSo.Core.Surveillance.Alerts;
using CoSo.Data.Surveillance;
using CoSo.IntegrationTests.Infrastructure;
using CoSo.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CoSo.IntegrationTests.Surveillance;

public sealed class OutboxTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_confirmed_alert_writes_an_outbox_row_that_the_drain_sends_as_an_eml_file_and_marks_sent(string provider)
    {
        var (cs, org) = await ConfirmedAlertAsync(provider);
        var pickup = Directory.CreateTempSubdirectory("coso-pickup-").FullName;
        var sender = new PickupDirectoryOutboxSender(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:PickupDirectory"] = pickup }).Build());
        var message = Assert.Single(await Outbox(cs));
        Assert.Null(message.SentAt);

        Assert.Equal((1, 0), await DrainAsync(cs, sender));

        var sent = Assert.Single(await Outbox(cs));
        Assert.NotNull(sent.SentAt);
        Assert.Equal(0, sent.Attempts);
        var file = Assert.Single(Directory.GetFiles(pickup));
        Assert.Equal($"{message.Id}.eml", Path.GetFileName(file));
        var eml = await File.ReadAllTextAsync(file);
        Assert.Contains($"X-CoSo-Recipient-OrgUnit: {org.Department.Id}", eml, StringComparison.Ordinal);
        var body = Encoding.UTF8.GetString(Convert.FromBase64String(string.Concat(eml[(eml.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..].Split("\r\n"))));
        Assert.Equal(message.Body, body);
        Assert.Contains("1999-W", body, StringComparison.Ordinal);
        Assert.Equal((0, 0), await DrainAsync(cs, sender)); // nothing left to send
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_failing_sender_leaves_the_message_unsent_with_the_attempt_and_error_recorded_and_it_waits_before_retrying(string provider)
    {
        var (cs, _) = await ConfirmedAlertAsync(provider);

        Assert.Equal((0, 1), await DrainAsync(cs, new FailingSender()));

        var message = Assert.Single(await Outbox(cs));
        Assert.Null(message.SentAt);
        Assert.Equal(1, message.Attempts);
        Assert.NotNull(message.LastAttemptAt);
        Assert.Equal("IOException: relay unreachable", message.LastError);
        Assert.Equal((0, 0), await DrainAsync(cs, new FailingSender())); // backoff: 1 minute after the first failure
        Assert.Equal(1, Assert.Single(await Outbox(cs)).Attempts);
    }

    [Fact]
    public void The_wait_before_a_retry_doubles_from_one_minute_up_to_a_day()
    {
        Assert.Equal(TimeSpan.Zero, OutboxDrainer.Backoff(0));
        Assert.Equal(TimeSpan.FromMinutes(1), OutboxDrainer.Backoff(1));
        Assert.Equal(TimeSpan.FromMinutes(8), OutboxDrainer.Backoff(4));
        Assert.Equal(TimeSpan.FromMinutes(1024), OutboxDrainer.Backoff(11)); // 2^10
        Assert.Equal(TimeSpan.FromDays(1), OutboxDrainer.Backoff(12)); // 2^11 = 2048 min, capped at 1440
        Assert.Equal(TimeSpan.FromDays(1), OutboxDrainer.Backoff(500));
    }

    [Fact]
    public void The_job_drains_each_channel_through_the_last_sender_registered_for_it_and_skips_an_unconfigured_one()
    {
        var noDirectory = new PickupDirectoryOutboxSender(new ConfigurationBuilder().Build());
        var withDirectory = new PickupDirectoryOutboxSender(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Outbox:PickupDirectory"] = Path.GetTempPath() }).Build());
        var hook = new FailingSender(["fhir-rest-hook"]);
        var sms = new FailingSender(["email", "sms"]);

        Assert.Equal([hook], OutboxSenderJob.ByChannel([noDirectory, hook])); // e-mail has nowhere to go: only the hook
        Assert.Equal([withDirectory, hook], OutboxSenderJob.ByChannel([withDirectory, hook]));
        // A sender registered later takes e-mail over; the pickup sender, left with no channel, is not drained.
        Assert.Equal([hook, sms], OutboxSenderJob.ByChannel([withDirectory, hook, sms]));
        Assert.Empty(OutboxSenderJob.ByChannel([noDirectory]));
    }

    // A fresh database with one alert at station A moved New → Verifying → Confirmed through AlertService.
    private static async Task<(string Cs, TestOrg Org)> ConfirmedAlertAsync(string provider)
    {
        var cs = await TestDatabase.CreateAsync(provider, "coso_surv_ob");
        var org = await TestDatabase.WithDbAsync(cs, TestOrg.SeedAsync);
        var alertId = Guid.CreateVersion7();
        await TestDatabase.WithDbAsync(cs, db =>
        {
            db.Set<SurveillanceAlert>().Add(new SurveillanceAlert
            {
                Id = alertId, ProvinceCode = "38", OrgUnitId = org.StationA.Id, DiseaseCode = "dengue", Method = "C1", Period = "1999-W20", LastPeriod = "1999-W20",
                EvaluatedOn = new DateOnly(1999, 5, 20), Count = 7, CreatedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Version = 1,
            });
            return db.SaveChangesAsync();
        });
        await using var sp = TestDatabase.Services(cs, new ScopedActor("district", AccessScope.Everything));
        foreach (var to in new[] { AlertStatus.Verifying, AlertStatus.Confirmed })
        {
            await using var scope = sp.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<AlertService>().TransitionAsync(alertId, new AlertTransitionInput(to, null, null));
        }

        return (cs, org);
    }

    private static async Task<(int, int)> DrainAsync(string cs, IOutboxSender sender)
    {
        await using var sp = TestDatabase.Services(cs);
        await using var scope = sp.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxDrainer>().DrainAsync(sender);
    }

    private static Task<List<OutboxMessage>> Outbox(string cs) => TestDatabase.WithDbAsync(cs, db => db.Set<OutboxMessage>().AsNoTracking().ToListAsync());

    private sealed class FailingSender(IReadOnlyCollection<string>? channels = null) : IOutboxSender
    {
        public IReadOnlyCollection<string> Channels { get; } = channels ?? ["email"];

        public Task SendAsync(OutboxMessage message, string recipientName, CancellationToken ct) => throw new IOException("relay unreachable");
    }
}
