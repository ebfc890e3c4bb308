/** What a dashboard section receives: the rest of its address ("#history/ID" gives "ID"). */
export interface SectionProps {
  param: string;
}
