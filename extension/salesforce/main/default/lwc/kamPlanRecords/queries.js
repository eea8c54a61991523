import { gql } from 'lightning/uiGraphQLApi';

/** The GraphQL queries of the plan cards and their paging. */

// The UI API returns 10 records unless asked for more; 200 is the most one page holds.
/** How many records of each list the queries read (their `first:`); more pages are not read. */
export const PAGE_SIZE = 200;

/**
 * The variables of the queries with opportunities: deals from the start of last year on (last full
 * year's revenue is the account's current size) and every open one, earliest close date first, so a
 * long history or far-future deals are what the page limit cuts, not the revenue that counts.
 */
export function dealVariables(recordId, todayIso) {
  return { recordId, since: `${Number(todayIso.slice(0, 4)) - 1}-01-01` };
}

export const VALUE_CHAIN_QUERY = gql`
  query kamValueChain($recordId: ID) {
    uiapi {
      query {
        KAM_Value_Chain_Note__c(where: { Account__c: { eq: $recordId } }, first: 200) {
          edges {
            node {
              Id
              Activity__c {
                value
              }
              Assessment__c {
                value
              }
              Impact__c {
                value
              }
              Note__c {
                value
              }
              Our_Contribution__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

export const OPPORTUNITIES_QUERY = gql`
  query kamOpportunities($recordId: ID, $since: Date) {
    uiapi {
      query {
        Account(where: { Id: { eq: $recordId } }) {
          edges {
            node {
              Id
              KAM_Category_Spend__c {
                value
              }
            }
          }
        }
        KAM_Potential__c(where: { Account__c: { eq: $recordId } }, first: 200) {
          edges {
            node {
              Id
              Product_Line__c {
                value
              }
              Horizon__c {
                value
              }
              Volume_Per_Year__c {
                value
              }
              Probability__c {
                value
              }
              Note__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        Opportunity(
          where: {
            and: [
              { AccountId: { eq: $recordId } }
              { or: [{ CloseDate: { gte: { value: $since } } }, { IsClosed: { eq: false } }] }
            ]
          }
          orderBy: { CloseDate: { order: ASC } }
          first: 200
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              Amount {
                value
              }
              StageName {
                value
              }
              Probability {
                value
              }
              CloseDate {
                value
              }
              IsClosed {
                value
              }
              IsWon {
                value
              }
              KAM_Product_Line__c {
                value
              }
              KAM_Resource_Hours__c {
                value
              }
              KAM_Strategic_Project__c {
                value
              }
              KAM_Contribution_Margin__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;

export const ACTION_PLAN_QUERY = gql`
  query kamActionPlan($recordId: ID, $since: Date) {
    uiapi {
      query {
        KAM_Account_Plan__c(where: { Account__c: { eq: $recordId } }, first: 50) {
          edges {
            node {
              Id
              Year__c {
                value
              }
              Target_Revenue__c {
                value
              }
              Note__c {
                value
              }
              Capacity_Hours__c {
                value
              }
              Strategy__c {
                value
              }
              LastModifiedDate {
                value
              }
              Owner__r {
                Name {
                  value
                }
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        KAM_Action__c(where: { Account__c: { eq: $recordId } }, first: 200) {
          edges {
            node {
              Id
              Name {
                value
              }
              Goal__c {
                value
              }
              Start_Date__c {
                value
              }
              Due_Date__c {
                value
              }
              Status__c {
                value
              }
              Kind__c {
                value
              }
              Effort_Hours__c {
                value
              }
              Completed_On__c {
                value
              }
              Assignee__r {
                Name {
                  value
                }
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
        Opportunity(
          where: {
            and: [
              { AccountId: { eq: $recordId } }
              { or: [{ CloseDate: { gte: { value: $since } } }, { IsClosed: { eq: false } }] }
            ]
          }
          orderBy: { CloseDate: { order: ASC } }
          first: 200
        ) {
          edges {
            node {
              Id
              Name {
                value
              }
              Amount {
                value
              }
              Probability {
                value
              }
              CloseDate {
                value
              }
              IsClosed {
                value
              }
              IsWon {
                value
              }
              KAM_Product_Line__c {
                value
              }
              KAM_Strategic_Project__c {
                value
              }
            }
          }
          pageInfo {
            hasNextPage
          }
        }
      }
    }
  }
`;
