export default function Home() {
  return <h1>hello from next</h1>;
}
