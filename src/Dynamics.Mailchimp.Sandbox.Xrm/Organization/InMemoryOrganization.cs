using Dynamics.Mailchimp.Sandbox.Xrm.Messages;
using Dynamics.Mailchimp.Sandbox.Xrm.Pipeline;
using Dynamics.Mailchimp.Sandbox.Xrm.Querying;
using Dynamics.Mailchimp.Sandbox.Xrm.Storage;
using Dynamics.Mailchimp.Solution.Registration;
using Dynamics.Mailchimp.Solution.Schema;
using Microsoft.Xrm.Sdk;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Organization;

/// <summary>
/// An in-memory Dataverse organization: rows, the messages the connector uses, and the plug-in pipeline running the
/// registered steps. Every operation runs under one lock (<see cref="OrganizationLock"/>: reads share it, writes hold it
/// alone), so the organization is safe to share across threads.
/// </summary>
public sealed partial class InMemoryOrganization
{
    private readonly OrganizationLock _sync = new();
    private readonly List<PluginExecutionRecord> _executions = [];
    private readonly RowStore _store = new();
    private readonly ColumnIndexes _indexes;
    private readonly MessageCatalog _messages;
    private readonly PluginPipeline _pipeline;
    private readonly TimeProvider _clock;

    /// <summary>Creates an organization.</summary>
    public InMemoryOrganization(InMemoryOrganizationOptions? options = null)
    {
        options ??= new InMemoryOrganizationOptions();
        var schema = options.Schema ?? OrganizationSchema.Default();
        Schema = options.JourneysConsent ? OrganizationSchema.WithJourneysConsent(schema) : schema;
        _clock = options.Clock;
        _indexes = new ColumnIndexes(_store);
        OrganizationName = options.OrganizationName;
        _messages = new MessageCatalog(this);
        var registrations = options.Registrations ?? PluginRegistrationManifest.Load();
        _pipeline = new PluginPipeline(registrations, options.PluginFactory ?? PluginPipeline.CreateFromPluginAssembly);
        SystemUserId = CreateUser("SYSTEM", null);
        foreach (var row in SdkMessageRows.For(Schema, registrations))
        {
            PutSystemRow(row);
        }
    }

    /// <summary>The tables.</summary>
    public SchemaCatalog Schema { get; }

    /// <summary>The organization id.</summary>
    public Guid OrganizationId { get; } = Guid.NewGuid();

    /// <summary>The root business unit.</summary>
    public Guid BusinessUnitId { get; } = Guid.NewGuid();

    /// <summary>The organization name.</summary>
    public string OrganizationName { get; }

    /// <summary>The SYSTEM user, created with the organization.</summary>
    public Guid SystemUserId { get; }

    /// <summary>Every plug-in step execution so far, oldest first (including those of rolled-back operations).</summary>
    public IReadOnlyList<PluginExecutionRecord> PluginExecutions
    {
        get
        {
            using (_sync.Read())
            {
                return _executions.ToArray();
            }
        }
    }

    /// <summary>A service acting as <paramref name="userId"/> (the SYSTEM user when null).</summary>
    public IOrganizationService CreateService(Guid? userId = null) => CreateService(new CallerOptions(userId ?? SystemUserId));

    /// <summary>A service for a caller with Web API options (tag, plug-in bypass).</summary>
    public IOrganizationService CreateService(CallerOptions caller) => new OrganizationServiceSession(this, caller, null, 1);

    /// <summary>Adds a user (an application user when <paramref name="applicationId"/> is given) and returns its id.</summary>
    public Guid CreateUser(string fullName, Guid? applicationId)
    {
        var user = new Entity("systemuser", Guid.NewGuid());
        user["fullname"] = fullName;
        if (applicationId.HasValue)
        {
            user["applicationid"] = applicationId.Value.ToString("D");
        }

        PutSystemRow(user);
        return user.Id;
    }

    // A transaction of its own (or a part of the one under way), so no later rollback undoes it.
    private void PutSystemRow(Entity row)
    {
        using (_sync.Write())
        {
            _store.Begin();
            Stamp(row, created: true);
            _store.Put(row);
            _store.Commit();
        }
    }

    /// <summary>Copies of every row of <paramref name="table"/>.</summary>
    public IReadOnlyList<Entity> Rows(string table)
    {
        using (_sync.Read())
        {
            return _store.Rows(table).Select(r => EntityCopy.Clone(r)).ToArray();
        }
    }

    /// <summary>Whether <paramref name="table"/> holds the row <paramref name="id"/> (what a Web API upsert asks before it updates or creates).</summary>
    public bool Exists(string table, Guid id)
    {
        using (_sync.Read())
        {
            return _store.TryGet(table, id, out _);
        }
    }

    /// <summary>How many rows <paramref name="table"/> has.</summary>
    public int Count(string table)
    {
        using (_sync.Read())
        {
            return _store.Count(table);
        }
    }

    /// <summary>Forgets the plug-in execution records (not the rows).</summary>
    public void ClearPluginExecutions()
    {
        using (_sync.Write())
        {
            _executions.Clear();
        }
    }

    internal RowStore Store => _store;

    /// <summary>Gets the column indexes over <see cref="Store"/> that queries use.</summary>
    internal ColumnIndexes Indexes => _indexes;

    /// <summary>Gets the organization's lock (for tests that hold it to prove who waits).</summary>
    internal OrganizationLock Lock => _sync;

    internal DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;

    /// <summary>Sets createdon/modifiedon and a new row version on a row about to be stored.</summary>
    internal void Stamp(Entity row, bool created)
    {
        var now = UtcNow;
        if (created)
        {
            row["createdon"] = now;
        }

        row["modifiedon"] = now;
        var version = _store.NextVersion();
        row["versionnumber"] = version;
        row.RowVersion = version.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
