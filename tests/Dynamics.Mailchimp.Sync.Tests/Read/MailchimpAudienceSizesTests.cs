using Dynamics.Mailchimp.MailchimpApi;
using Dynamics.Mailchimp.MailchimpApi.DependencyInjection;
using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sandbox.Mailchimp;
using Dynamics.Mailchimp.Sync.Read;
using Microsoft.Extensions.DependencyInjection;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary><see cref="MailchimpAudienceSizes"/> against the Mailchimp sandbox: <c>stats.member_count</c> of <c>GET /lists/{id}</c>.</summary>
public sealed class MailchimpAudienceSizesTests
{
    private const string SecondAudience = "b2c3d4e5f6";

    [Fact]
    public async Task ReadAsync_TwoAudiencesAndAnUnknownOne_SubscribedCountsOneCallEachUnknownAbsent()
    {
        // Arrange
        var options = new MailchimpSandboxOptions { Audiences = [new SandboxAudienceSeed(), new SandboxAudienceSeed { Id = SecondAudience, Name = "Partners" }] };
        await using var sandbox = await MailchimpSandbox.StartAsync(options, CancellationToken.None);
        await using var provider = CreateProvider(sandbox);
        var client = provider.GetRequiredService<IMailchimpClient>();
        foreach (var email in new[] { "ada.lovelace@northwind.com", "grace.hopper@northwind.com", "alan.turing@northwind.com" })
        {
            await client.UpsertMemberAsync(MailchimpSandboxDefaults.AudienceId, new MemberUpsert { EmailAddress = email }, CancellationToken.None);
        }

        await client.UpsertMemberAsync(MailchimpSandboxDefaults.AudienceId, new MemberUpsert { EmailAddress = "left@northwind.com", Status = MemberStatus.Unsubscribed, StatusIfNew = MemberStatus.Unsubscribed }, CancellationToken.None);
        var before = sandbox.Requests.Count;
        var sut = new MailchimpAudienceSizes(client);

        // Act
        var sizes = await sut.ReadAsync([MailchimpSandboxDefaults.AudienceId, SecondAudience, "0000000000", MailchimpSandboxDefaults.AudienceId], CancellationToken.None);

        // Assert
        Assert.Equal(new Dictionary<string, int> { [MailchimpSandboxDefaults.AudienceId] = 3, [SecondAudience] = 0 }, sizes);
        Assert.Equal(3, sandbox.Requests.Count - before);
    }

    private static ServiceProvider CreateProvider(MailchimpSandbox sandbox)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMailchimpClient(o =>
        {
            o.ApiKey = sandbox.ApiKey;
            o.BaseAddress = sandbox.BaseAddress;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(5);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
        });
        return services.BuildServiceProvider();
    }
}
