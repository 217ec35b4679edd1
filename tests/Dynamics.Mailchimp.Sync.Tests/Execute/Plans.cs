using Dynamics.Mailchimp.MailchimpApi.Models.Members;
using Dynamics.Mailchimp.Sync.Decide;
using Dynamics.Mailchimp.Sync.Tests.Support;

namespace Dynamics.Mailchimp.Sync.Tests.Execute;

/// <summary>Member plans as Decide would make them, for the default sandbox audience.</summary>
internal static class Plans
{
    public const string Domain = "brightfield-labs.com";

    public static string Email(int n) => $"member{n:D5}@{Domain}";

    public static MemberPlan Upsert(string email, MemberStatus? status = null, string firstName = "Ada", bool updateOnly = false, string? previousEmail = null, params string[] tags) => new()
    {
        AudienceId = ExecuteHarness.AudienceId,
        Email = email,
        RowIds = [Guid.NewGuid()],
        Records = [TestData.Contact(1)],
        Upsert = new UpsertPlan
        {
            Email = email,
            PreviousEmail = previousEmail,
            StatusIfNew = MemberStatus.Subscribed,
            Status = status,
            MergeFields = new Dictionary<string, string> { ["FNAME"] = firstName, ["LNAME"] = "Lovelace" },
            UpdateOnly = updateOnly,
        },
        TagsToAdd = tags,
    };

    public static MemberPlan Tags(string email, string[] add, string[] remove) => new()
    {
        AudienceId = ExecuteHarness.AudienceId,
        Email = email,
        RowIds = [Guid.NewGuid()],
        TagsToAdd = add,
        TagsToRemove = remove,
    };

    public static MemberPlan Remove(string email, RemovalKind kind) => new()
    {
        AudienceId = ExecuteHarness.AudienceId,
        Email = email,
        RowIds = [Guid.NewGuid()],
        Removal = new Removal(kind, email, $"contact left the audience list ({email})"),
    };
}
