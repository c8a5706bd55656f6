export default function Home() {
  return <h1>hello from react router</h1>;
}
