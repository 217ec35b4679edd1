namespace Microsoft.Xrm.Sdk.Query
{
    /// <summary>A query built from objects: table, columns, criteria, links, order and paging.</summary>
    public sealed class QueryExpression : QueryBase
    {
        /// <summary>A query with no table.</summary>
        public QueryExpression()
            : this(null)
        {
        }

        /// <summary>A query over table <paramref name="entityName"/>.</summary>
        public QueryExpression(string entityName)
        {
            EntityName = entityName;
            ColumnSet = new ColumnSet();
            Criteria = new FilterExpression();
            LinkEntities = new DataCollection<LinkEntity>();
            Orders = new DataCollection<OrderExpression>();
            PageInfo = new PagingInfo();
        }

        /// <summary>The columns to return.</summary>
        public ColumnSet ColumnSet { get; set; }

        /// <summary>The filter on the table.</summary>
        public FilterExpression Criteria { get; set; }

        /// <summary>Whether to drop duplicate rows.</summary>
        public bool Distinct { get; set; }

        /// <summary>The table's logical name.</summary>
        public string EntityName { get; set; }

        /// <summary>Joined tables.</summary>
        public DataCollection<LinkEntity> LinkEntities { get; }

        /// <summary>Whether to read without locks.</summary>
        public bool NoLock { get; set; }

        /// <summary>The sort order.</summary>
        public DataCollection<OrderExpression> Orders { get; }

        /// <summary>Paging.</summary>
        public PagingInfo PageInfo { get; set; }

        /// <summary>At most this many rows; null for no limit.</summary>
        public int? TopCount { get; set; }

        /// <summary>Joins <paramref name="linkToEntityName"/> with an inner join.</summary>
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName) =>
            AddLink(linkToEntityName, linkFromAttributeName, linkToAttributeName, JoinOperator.Inner);

        /// <summary>Joins <paramref name="linkToEntityName"/>.</summary>
        public LinkEntity AddLink(string linkToEntityName, string linkFromAttributeName, string linkToAttributeName, JoinOperator joinOperator)
        {
            var link = new LinkEntity(EntityName, linkToEntityName, linkFromAttributeName, linkToAttributeName, joinOperator);
            LinkEntities.Add(link);
            return link;
        }

        /// <summary>Sorts by <paramref name="attributeName"/>.</summary>
        public void AddOrder(string attributeName, OrderType orderType) => Orders.Add(new OrderExpression(attributeName, orderType));
    }
}
