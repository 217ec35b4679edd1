using Dynamics.Mailchimp.Sandbox.Xrm.Organization;

namespace Dynamics.Mailchimp.Sandbox.Xrm.Messages;

/// <summary>
/// The messages the in-memory service implements, by request name; anything else is refused loudly, naming the message
/// (e.g. AddMembersBatchList: its parameters are undocumented). The FetchXML list messages run only with their query
/// translated by the Dataverse sandbox (FetchXmlMembership).
/// </summary>
internal sealed class MessageCatalog
{
    private readonly Dictionary<string, IMessageExecutor> _executors;

    public MessageCatalog(InMemoryOrganization organization)
    {
        IMessageExecutor[] executors =
        [
            new CreateExecutor(organization),
            new RetrieveExecutor(organization),
            new RetrieveMultipleExecutor(organization),
            new UpdateExecutor(organization),
            new DeleteExecutor(organization),
            new AddMemberListExecutor(organization),
            new AddListMembersListExecutor(organization),
            new RemoveMemberListExecutor(organization),
            new RemoveListMembersListExecutor(organization),
            new CopyMembersListExecutor(organization),
            new QualifyMemberListExecutor(organization),
            new AddMembersByFetchXmlListExecutor(organization),
            new RemoveMembersByFetchXmlListExecutor(organization),
            new WhoAmIExecutor(organization),
        ];
        _executors = executors.ToDictionary(e => e.RequestName, StringComparer.Ordinal);
    }

    public IMessageExecutor? Find(string requestName) => _executors.GetValueOrDefault(requestName);
}
