using Dynamics.Mailchimp.Dataverse;
using Dynamics.Mailchimp.Dataverse.Configuration;
using Dynamics.Mailchimp.Plugins.Names;
using Dynamics.Mailchimp.Plugins.Planning;
using Dynamics.Mailchimp.Sandbox.Dataverse;
using Dynamics.Mailchimp.Sandbox.Dataverse.Seeding;
using Dynamics.Mailchimp.Sandbox.Xrm.Organization;
using Dynamics.Mailchimp.Sync.Model;
using Dynamics.Mailchimp.Sync.Read;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sync.Tests.Read;

/// <summary>
/// A seeded Dataverse sandbox and a <see cref="DataverseRecordReader"/> over the real client (<c>AddDataverseClient</c>,
/// static token) on loopback HTTP. Test data is written straight to the organization (plug-ins run, nothing is recorded),
/// so <see cref="Calls"/> counts only the reader's requests.
/// </summary>
public sealed class ReadSandbox : IAsyncDisposable
{
    private readonly ServiceProvider provider;

    private ReadSandbox(DataverseSandbox sandbox, SeedResult seed, ServiceProvider provider)
    {
        Sandbox = sandbox;
        Seed = seed;
        this.provider = provider;
        Client = provider.GetRequiredService<IDataverseClient>();
        Service = sandbox.Organization.CreateService(new CallerOptions(sandbox.Tokens.AdminUserId));
    }

    public DataverseSandbox Sandbox { get; }

    public SeedResult Seed { get; }

    public IDataverseClient Client { get; }

    /// <summary>The organization service as the admin, for test data.</summary>
    public IOrganizationService Service { get; }

    /// <summary>The requests the sandbox received since the last <see cref="Sandbox"/>.ClearRequests().</summary>
    public int Calls => Sandbox.Requests.Count;

    public static async Task<ReadSandbox> StartAsync(DataverseSandboxOptions? options = null)
    {
        var sandbox = await DataverseSandbox.StartAsync(options ?? new DataverseSandboxOptions(), CancellationToken.None);
        var seed = SandboxSeed.Apply(sandbox);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddDataverseClient(options =>
        {
            options.EnvironmentUrl = new Uri(sandbox.BaseAddress.GetLeftPart(UriPartial.Authority));
            options.AuthType = DataverseAuthType.StaticToken;
            options.StaticToken = sandbox.Tokens.ConnectorToken;
            options.MaxRetryAttempts = 1;
            options.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        });
        var host = new ReadSandbox(sandbox, seed, services.BuildServiceProvider());
        sandbox.ClearRequests();
        return host;
    }

    public DataverseRecordReader CreateSut() => new(Client);

    public static RecordRef Contact(Guid id) => new(TableNames.Contact, id);

    /// <summary>Creates a contact with <paramref name="email"/> and optional extra columns.</summary>
    public Guid CreateContact(string first, string last, string? email, params (string Column, object? Value)[] columns)
    {
        var contact = new Entity(TableNames.Contact) { [PersonFields.FirstName] = first, [PersonFields.LastName] = last, [MemberFields.EmailAddress1] = email };
        foreach (var (column, value) in columns)
        {
            contact[column] = value;
        }

        return Service.Create(contact);
    }

    /// <summary>Creates a static list of <paramref name="memberType"/> (2 contact, 4 lead, 1 account) with its connector columns.</summary>
    public Guid CreateList(string name, int memberType, bool syncEnabled, int? mappingType, string? audienceId, string? tagName = null, string? interestId = null, bool updateOnly = false)
    {
        var list = new Entity(TableNames.List)
        {
            [ListFields.ListName] = name,
            [ListFields.Type] = false,
            [ListFields.CreatedFromCode] = new OptionSetValue(memberType),
            [ListFields.SyncEnabled] = syncEnabled,
            [ListFields.AudienceId] = audienceId,
            [ListFields.TagName] = tagName,
            [ListFields.InterestId] = interestId,
            [ListFields.UpdateOnly] = updateOnly,
        };
        if (mappingType is { } type)
        {
            list[ListFields.MappingType] = new OptionSetValue(type);
        }

        return Service.Create(list);
    }

    /// <summary>Creates a synced dynamic contact list whose members are the rows of <paramref name="query"/>: audience mapping unless another option value is given; none leaves the column empty.</summary>
    public Guid CreateDynamicContactList(string name, string query, int? mappingType = ListMappingTypes.Audience, int? exitAction = null)
    {
        var list = new Entity(TableNames.List)
        {
            [ListFields.ListName] = name,
            [ListFields.Type] = true,
            [ListFields.Query] = query,
            [ListFields.CreatedFromCode] = new OptionSetValue(MemberProfile.Contact.ListMemberType),
            [ListFields.SyncEnabled] = true,
            [ListFields.AudienceId] = SandboxSeed.AudienceId,
        };
        if (mappingType is { } type)
        {
            list[ListFields.MappingType] = new OptionSetValue(type);
        }

        if (exitAction is { } exit)
        {
            list[ListFields.ExitAction] = new OptionSetValue(exit);
        }

        return Service.Create(list);
    }

    /// <summary>Adds <paramref name="count"/> bulk contacts (<see cref="SandboxSeed.AddContacts"/>), to <paramref name="listId"/> when given; nothing of it is recorded.</summary>
    public IReadOnlyList<Guid> AddBulkContacts(int count, Guid? listId = null)
    {
        var ids = SandboxSeed.AddContacts(Sandbox.Organization, Sandbox.Tokens.AdminUserId, count);
        if (listId is { } list)
        {
            AddMembers(list, ids);
        }

        Sandbox.ClearRequests();
        return ids;
    }

    public void AddMembers(Guid listId, IEnumerable<Guid> memberIds) =>
        Service.Execute(new Microsoft.Crm.Sdk.Messages.AddListMembersListRequest { ListId = listId, MemberIds = memberIds.ToArray() });

    public async ValueTask DisposeAsync()
    {
        await provider.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}
